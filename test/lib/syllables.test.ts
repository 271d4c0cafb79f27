// Syllable counts per language (rules/lib/syllables.ts), word by word: how readability
// and plain-language count a word. Counts follow each language's dictionary division
// (es RAE, fr careful standard speech with silent final -e/-es/-ent, pt VOLP), as in
// fixtures/syllables/. Each word pins one spelling rule of the counter.
import {describe, expect, it} from 'vitest'
import {countSyllables, countsSyllables} from '../../rules/lib/syllables.js'
import type {PostLanguage} from '../../rules/types.js'

describe('countsSyllables', () => {
  it('says the four languages have a counter and a post in none of them has not', () => {
    expect((['en', 'es', 'fr', 'pt', 'und'] as PostLanguage[]).map((lang) => countsSyllables(lang))).toEqual([true, true, true, true, false])
  })
})

describe('countSyllables', () => {
  it.each([
    // es: the "u" of gui/qui is silent, so guí-a and a-quí are not gu-í-a, a-qu-í.
    ['guía', 'es', 2],
    ['aquí', 'es', 2],
    // fr: "y" between consonants is a vowel (sys-tème, ly-cée).
    ['système', 'fr', 2],
    ['lycée', 'fr', 2],
    // fr: every silent "u" of que goes, not only the first (quelque is one syllable).
    ['quelque', 'fr', 1],
    // fr: the "e" of ge before a, o is silent (par-ta-geons, na-geons), the g is not.
    ['partageons', 'fr', 3],
    ['nageons', 'fr', 2],
    // fr: verbal -ent is silent (ils ai-ment, ils com-mentent), a -ment noun of 7 letters or more keeps it (é-lé-ment).
    ['aiment', 'fr', 1],
    ['commentent', 'fr', 2],
    ['élément', 'fr', 3],
    // fr: u before e is a hiatus after a consonant (tu-er).
    ['tuer', 'fr', 2],
    // pt (VOLP): a falling diphthong stays whole (pais) unless r, z, l or m closes the word (sa-ir, ju-iz, ru-im, not ruim in one).
    ['pais', 'pt', 1],
    ['sair', 'pt', 2],
    ['ruim', 'pt', 2],
    // pt: iu is one syllable (viu), ii two (xi-i-ta).
    ['viu', 'pt', 1],
    ['xiita', 'pt', 3],
    // pt: an accented i or u is a syllable of its own, before (pa-ís) or after (sa-í-a, ca-í-am) another vowel.
    ['país', 'pt', 2],
    ['saía', 'pt', 3],
    ['caíam', 'pt', 3],
    // pt, pre-2009 spelling still written: i-déi-a, the accent is inside the run, not before it.
    ['idéia', 'pt', 3]
  ] as const)('%s (%s) has %i', (word, lang, count) => {
    expect(countSyllables(word, lang)).toBe(count)
  })
})
