// Reading grade of a post's prose, per language. Formulas are computed over the
// whole post (they were built for samples of 100 words, not one sentence); the
// hardest sentence is found with LIX, which needs no syllables and stays sane
// on short text.
import type {PostLanguage} from '../types.js'
import {profileFor} from './profile.js'
import type {ProseSentence} from './prose.js'
import {countSyllables} from './syllables.js'

export type SentenceScore = {sentence: ProseSentence; grade: number; words: number; longWords: number}
export type Readability = {grade: number; words: number; hardest: SentenceScore}

/** A Flesch-scale reading ease (0–100, higher is easier) as a US school grade, after Flesch's own table. */
export function easeToGrade(ease: number): number {
  return Math.max(1, (100 - ease) / 10 + 5)
}

/** The post's grade by its language's formula (profile `readability`), or undefined where it has none. */
function postGrade(lang: PostLanguage, words: number, sentences: number, syllables: number): number | undefined {
  const formula = profileFor(lang).readability
  const wps = words / sentences
  const spw = syllables / words
  if (formula?.grade) return formula.grade.constant + formula.grade.wordsPerSentence * wps + formula.grade.syllablesPerWord * spw
  if (formula?.ease) return easeToGrade(formula.ease.constant - formula.ease.wordsPerSentence * wps - formula.ease.syllablesPerWord * spw)
  return undefined
}

/** LIX (words per sentence + percentage of words over six letters) as an approximate grade. */
export function lixGrade(words: number, longWords: number): number {
  return Math.max(1, (words + (100 * longWords) / words - 10) / 3.5)
}

export function readability(sentences: readonly ProseSentence[], lang: PostLanguage): Readability | undefined {
  if (sentences.length === 0 || !profileFor(lang).readability) return undefined
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
  return {grade: postGrade(lang, words, sentences.length, syllables)!, words, hardest: hardest!}
}
