// Reading grade of a post's prose, per language. Formulas are computed over the
// whole post (they were built for samples of 100 words, not one sentence); the
// hardest sentence is found with LIX, which needs no syllables and stays sane
// on short text.
import type {Language} from '../types.js'
import type {ProseSentence} from './prose.js'
import {countSyllables} from './syllables.js'

export type SentenceScore = {sentence: ProseSentence; grade: number; words: number; longWords: number}
export type Readability = {grade: number; words: number; hardest: SentenceScore}

/** A Flesch-scale reading ease (0–100, higher is easier) as a US school grade, after Flesch's own table. */
export function easeToGrade(ease: number): number {
  return Math.max(1, (100 - ease) / 10 + 5)
}

function postGrade(lang: Language, words: number, sentences: number, syllables: number): number {
  const wps = words / sentences
  const spw = syllables / words
  switch (lang) {
    case 'en':
      return 0.39 * wps + 11.8 * spw - 15.59 // Flesch–Kincaid grade
    case 'es':
      return easeToGrade(206.84 - 60 * spw - 1.02 * wps) // Fernández Huerta, consistent form
    case 'fr':
      return easeToGrade(207 - 1.015 * wps - 73.6 * spw) // Kandel & Moles
    case 'pt':
      return easeToGrade(248.835 - 1.015 * wps - 84.6 * spw - 42) // Flesch adapted by Martins et al.
  }
}

/** LIX (words per sentence + percentage of words over six letters) as an approximate grade. */
export function lixGrade(words: number, longWords: number): number {
  return Math.max(1, (words + (100 * longWords) / words - 10) / 3.5)
}

export function readability(sentences: readonly ProseSentence[], lang: Language): Readability | undefined {
  if (sentences.length === 0) return undefined
  let words = 0
  let syllables = 0
  let hardest: SentenceScore | undefined
  for (const sentence of sentences) {
    let longWords = 0
    sentence.words.forEach((word, index) => {
      syllables += countSyllables(word.text, lang)
      // Names are not hard words for the reader (Gunning fog leaves them out too).
      const name = index > 0 && /^\p{Lu}/u.test(word.text)
      if (word.text.length > 6 && !name) longWords++
    })
    words += sentence.words.length
    const score = {sentence, words: sentence.words.length, longWords, grade: lixGrade(sentence.words.length, longWords)}
    if (!hardest || score.grade > hardest.grade) hardest = score
  }
  return {grade: postGrade(lang, words, sentences.length, syllables), words, hardest: hardest!}
}
