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

/** The fewest dictionary words that make up the tag, or undefined when it is one word or cannot be split. */
export function splitHashtag(tag: string, lang: PostLanguage): string[] | undefined {
  const words = dictionaryFor(lang)
  if (!words || words.has(tag)) return undefined
  const best: (string[] | undefined)[] = [[]]
  for (let end = 1; end <= tag.length; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const previous = best[start]
      const word = tag.slice(start, end)
      if (previous && words.has(word) && (!best[end] || previous.length + 1 < best[end]!.length)) best[end] = [...previous, word]
    }
  }
  const found = best[tag.length]
  return found && found.length > 1 ? found : undefined
}
