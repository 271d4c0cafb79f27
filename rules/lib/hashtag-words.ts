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

/** The fewest dictionary words that make up the tag, or undefined when it is one word or cannot be split. */
export function splitHashtag(tag: string, lang: Language): string[] | undefined {
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
