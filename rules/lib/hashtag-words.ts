// Splits a run-together hashtag ("climateaction") into dictionary words, so the
// CamelCase form can be offered ("ClimateAction"). The word lists are loaded on
// the first lowercase hashtag of a run, per language.
import {createRequire} from 'node:module'
import type {Language} from '../types.js'

const require = createRequire(import.meta.url)
const LISTS: Partial<Record<Language, {module: string; single: string[]}>> = {
  en: {module: 'an-array-of-english-words', single: ['a', 'i']},
  es: {module: 'an-array-of-spanish-words', single: ['a', 'y', 'o', 'e', 'u']}
}
const dictionaries = new Map<Language, Set<string>>()
const MAX_WORD = 24

function dictionaryFor(lang: Language): Set<string> | undefined {
  const list = LISTS[lang]
  if (!list) return undefined
  let words = dictionaries.get(lang)
  if (!words) {
    // One-letter entries other than real one-letter words would split anything.
    words = new Set((require(list.module) as string[]).filter((word) => word.length > 1 || list.single.includes(word)))
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
export function splitHashtag(tag: string, lang: Language): string[] | undefined {
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
