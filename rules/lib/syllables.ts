// Syllable counts per language, by the method its profile names: English uses
// the `syllable` package; Spanish, Portuguese and French count vowel groups,
// which is what their readability formulas were calibrated on closely enough
// (a diphthong is one group, an accented í/ú breaks it; French drops a silent
// final e/es/ent).
import {syllable} from 'syllable'
import type {PostLanguage} from '../types.js'
import {profileFor} from './profile.js'

type Counter = (word: string) => number

// Words recur across posts (Zipf), and `syllable` runs pluralize and a dozen
// patterns per word: remembering counts halves readability's cost on a folder.
const MEMO_LIMIT = 50_000
const memo = new Map<string, number>()
const counters = new Map<PostLanguage, Counter | undefined>()

function counterFor(lang: PostLanguage): Counter | undefined {
  if (!counters.has(lang)) {
    const method = profileFor(lang).syllables
    let counter: Counter | undefined
    if (method?.method === 'syllable') counter = (word) => Math.max(1, syllable(word))
    else if (method?.method === 'vowel-groups') {
      const groups = new RegExp(method.groups, 'giu')
      const silent = method.silentEnding ? new RegExp(method.silentEnding, 'u') : undefined
      counter = (word) => {
        const lower = word.toLowerCase()
        return Math.max(1, (silent ? lower.replace(silent, '') : lower).match(groups)?.length ?? 0)
      }
    }
    counters.set(lang, counter)
  }
  return counters.get(lang)
}

/** Whether syllables can be counted in this language. */
export function countsSyllables(lang: PostLanguage): boolean {
  return counterFor(lang) !== undefined
}

export function countSyllables(word: string, lang: PostLanguage): number {
  const key = lang + word
  let count = memo.get(key)
  if (count === undefined) {
    count = counterFor(lang)?.(word) ?? 1
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, count)
  }
  return count
}
