// How hard a post is to read, per language. A formula (Flesch–Kincaid, INFLESZ,
// Kandel & Moles, Martins) is computed over the whole post: formulas were built
// on samples of 100 words and more, not on one tweet. The hardest sentence is
// found with LIX (words per sentence plus the share of long words), which needs
// no syllables and stays sane on one sentence; what a long word is depends on
// the language (the profile's `plain.longWord`). A reader reads a list line by
// line, so each line of a bulleted list counts as a sentence.
import type {PostLanguage} from '../types.js'
import {profileFor, type ReadabilityFormula} from './profile.js'
import type {ProseSentence, Word} from './prose.js'
import {countSyllables} from './syllables.js'

/** What a reader reads as one sentence: a sentence, or one line of it when it runs over several lines (a list). */
export type Unit = {start: number; end: number; words: Word[]; lower: string[]}
export type UnitScore = {unit: Unit; words: number; longWords: number; lix: number}
export type Readability = {
  words: number
  /** The language's formula over the whole post, on its own scale; undefined where the language has none. */
  score: number | undefined
  /** LIX over the whole post. */
  lix: number
  hardest: UnitScore
}

// A line break inside a sentence, or a bullet symbol before a capitalised word, starts a new item;
// so does a full stop with no space after it before a capitalised word ("publicar.Ya está").
const BULLET = /\n|[\p{Extended_Pictographic}•▪►◆■●✓✔➡→·*-]\s*$|^[.!?]+$/u
// The parser may read the two sides of such a full stop as one word, or as a web address ("enfrenta.Por"): it ends a sentence too.
const JOINED = /\p{Ll}[.!?]\p{Lu}(?!\p{Lu})/u

/** The units of a post's sentences: each sentence, split where its words stand on different lines or after a bullet. */
export function readingUnits(sentences: readonly ProseSentence[], text: string): Unit[] {
  const units: Unit[] = []
  for (const sentence of sentences) {
    let from = 0
    const push = (to: number) => {
      const words = sentence.words.slice(from, to)
      units.push({start: from === 0 ? sentence.start : words[0]!.start, end: to === sentence.words.length ? sentence.end : words[words.length - 1]!.end, words, lower: sentence.lower.slice(from, to)})
      from = to
    }
    for (let index = 1; index < sentence.words.length; index++) {
      const previous = sentence.words[index - 1]!
      const between = text.slice(previous.end, sentence.words[index]!.start)
      const joined = JOINED.test(previous.text) || JOINED.test(between)
      if (joined || between.includes('\n') || (BULLET.test(between) && /^\p{Lu}\p{Ll}/u.test(sentence.words[index]!.text))) push(index)
    }
    push(sentence.words.length)
  }
  return units
}

/** LIX (Björnsson 1968): words per sentence plus the percentage of long words. 60 and over is "very difficult". */
export function lix(words: number, sentences: number, longWords: number): number {
  return words / sentences + (100 * longWords) / words
}

/** The formula's value from a text's counts. */
export function formulaScore(formula: ReadabilityFormula, words: number, sentences: number, syllables: number): number {
  const terms = formula.grade ?? formula.ease!
  const value = formula.grade ? 1 : -1
  return terms.constant + value * (terms.wordsPerSentence * (words / sentences) + terms.syllablesPerWord * (syllables / words))
}

/** Whether a score is harder than a target on the formula's scale (higher grades, lower ease). */
export function harderThan(formula: ReadabilityFormula, score: number, target: number): boolean {
  return formula.grade ? score > target : score < target
}

// An acronym is said letter by letter or as one word: neither a long word nor a count of syllables.
const ACRONYM = /^\p{Lu}{2,6}$/u

export function readability(units: readonly Unit[], lang: PostLanguage): Readability | undefined {
  const profile = profileFor(lang)
  if (units.length === 0 || !profile.plain) return undefined
  const long = profile.plain.longWord
  let words = 0
  let syllables = 0
  let longTotal = 0
  let hardest: UnitScore | undefined
  for (const unit of units) {
    let longWords = 0
    unit.words.forEach((word, index) => {
      if (ACRONYM.test(word.text)) {
        syllables++
        return
      }
      const count = countSyllables(word.text, lang)
      syllables += count
      // Names are not hard words for the reader (Gunning fog leaves them out too).
      if (index > 0 && /^\p{Lu}/u.test(word.text)) return
      if (long.letters ? word.text.length >= long.letters : count >= long.syllables!) longWords++
    })
    words += unit.words.length
    longTotal += longWords
    const score = {unit, words: unit.words.length, longWords, lix: lix(unit.words.length, 1, longWords)}
    if (!hardest || score.lix > hardest.lix) hardest = score
  }
  const formula = profile.readability
  return {words, score: formula && formulaScore(formula, words, units.length, syllables), lix: lix(words, units.length, longTotal), hardest: hardest!}
}
