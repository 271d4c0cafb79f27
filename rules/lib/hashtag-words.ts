// Splits a run-together hashtag ("climateaction") into dictionary words, so the
// CamelCase form can be offered ("ClimateAction"). The word list is the one the
// language's profile names, loaded on the first lowercase hashtag of a run.
import {createRequire} from 'node:module'
import type {PostLanguage} from '../types.js'
import {profileFor} from './profile.js'
import {fold} from './text.js'

const require = createRequire(import.meta.url)
const dictionaries = new Map<PostLanguage, Set<string>>()
const MAX_WORD = 24

function dictionaryFor(lang: PostLanguage): Set<string> | undefined {
  const list = profileFor(lang).dictionary
  if (!list) return undefined
  let words = dictionaries.get(lang)
  if (!words) {
    // One-letter entries other than real one-letter words would split anything; hashtags
    // drop accents ("#EducacaoPublica"), so each word is also kept without them.
    words = new Set((require(list.module) as string[]).filter((word) => word.length > 1 || list.single.includes(word)).flatMap((word) => [word, fold(word)]))
    dictionaries.set(lang, words)
  }
  return words
}

/**
 * The fewest dictionary words that make up the tag, or undefined when it is one word or
 * cannot be split. Each prefix keeps only its word count and where its last word starts
 * (not a copy of its words), so the search is O(length × MAX_WORD) in time and O(length)
 * in memory, even for a tag of 50,000 letters.
 */
export function splitHashtag(tag: string, lang: PostLanguage): string[] | undefined {
  const words = dictionaryFor(lang)
  if (!words || words.has(tag)) return undefined
  const count = new Int32Array(tag.length + 1).fill(-1)
  const from = new Int32Array(tag.length + 1)
  count[0] = 0
  for (let end = 1; end <= tag.length; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      if (count[start]! < 0 || (count[end]! >= 0 && count[start]! + 1 >= count[end]!)) continue
      if (!words.has(tag.slice(start, end))) continue
      count[end] = count[start]! + 1
      from[end] = start
    }
  }
  if (count[tag.length]! < 2) return undefined
  const found: string[] = []
  for (let end = tag.length; end > 0; end = from[end]!) found.push(tag.slice(from[end]!, end))
  return found.reverse()
}
