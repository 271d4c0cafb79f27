// Syllable counts per language. English uses the `syllable` package; Spanish,
// Portuguese and French count vowel groups, which is what their readability
// formulas were calibrated on closely enough (a diphthong is one group, an
// accented í/ú breaks it; French drops a silent final e/es/ent).
import {syllable} from 'syllable'
import type {Language} from '../types.js'

const ROMANCE_GROUP = /[aeiouáéóàâêôãõäëïöüœæy]+|[íú]/giu

function romance(word: string, lang: Language): number {
  let text = word.toLowerCase()
  if (lang === 'fr') text = text.replace(/(?<=[^aeiouy])(?:es?|ent)$/u, '')
  const groups = text.match(ROMANCE_GROUP)
  return Math.max(1, groups ? groups.length : 0)
}

// Words recur across posts (Zipf), and `syllable` runs pluralize and a dozen
// patterns per word: remembering counts halves readability's cost on a folder.
const MEMO_LIMIT = 50_000
const memo = new Map<string, number>()

export function countSyllables(word: string, lang: Language): number {
  const key = lang + word
  let count = memo.get(key)
  if (count === undefined) {
    count = lang === 'en' ? Math.max(1, syllable(word)) : romance(word, lang)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, count)
  }
  return count
}
