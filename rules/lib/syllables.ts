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

export function countSyllables(word: string, lang: Language): number {
  return lang === 'en' ? Math.max(1, syllable(word)) : romance(word, lang)
}
