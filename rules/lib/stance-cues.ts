// The stance cue words of a language (rules/lexicons/<lang>/stance.json),
// compiled once per language: one phrase matcher for every class, the words
// that end a clause, and the patterns for reported speech and sarcasm.
import type {PostLanguage} from '../types.js'
import {loadLexicon, PhraseMatcher} from './lexicon.js'
import {lexiconPattern} from './patterns.js'
import {profileFor, type Profile} from './profile.js'
import {phraseTokens} from './text.js'

export type CueClass = 'support' | 'oppose' | 'decrease' | 'praise' | 'condemn' | 'dismiss' | 'affirm' | 'negator' | 'negating' | 'concord'
const JUDGED = ['support', 'oppose', 'decrease', 'praise', 'condemn', 'dismiss', 'affirm'] as const

type CueLexicon = Record<(typeof JUDGED)[number], {cue: string; forms?: string[]}[]> & {
  negators: string[]
  negatingVerbs: string[]
  boundaries: string[]
  reporting: string
  /** Words of negative concord ("ningún", "aucun"): a negation only when nothing else in the clause negates. */
  concord?: string[]
  /** Second halves of a wrapped negation ("pas", "jamais"): they negate a cue they follow when no negator came before it. */
  negatorsAfter?: string[]
  /** After a negated cue, a word that makes the negation "only" ("ne ... que"). */
  restrictive?: string[]
  /** Phrases that mark a post as not meant literally. */
  sarcasm?: string[]
}

export type Cues = {
  matcher: PhraseMatcher<{phrase: string; cls: CueClass}>
  boundaries: ReadonlySet<string>
  reporting: RegExp
  negatorsAfter: ReadonlySet<string>
  restrictive: ReadonlySet<string>
  sarcasm: RegExp | undefined
}

/** A phrase as the words the stance reader compares: normalised, elided words split off ("l'impôt" → "l'", "impôt"). */
export function stanceWords(phrase: string, profile: Profile): string[] {
  // Configured terms are written by people ("Pro-Life", "clean  energy"): only their words count.
  return splitElisions(phraseTokens(phrase.replace(/[^\p{L}\p{M}\p{N}'’@\s-]+/gu, ' ')), profile)
}

export function splitElisions(words: readonly string[], profile: Profile): string[] {
  if (profile.elisions.size === 0) return [...words]
  return words.flatMap((word) => {
    const cut = word.indexOf("'") + 1
    return cut > 0 && cut < word.length && profile.elisions.has(word.slice(0, cut)) ? [word.slice(0, cut), word.slice(cut)] : [word]
  })
}

const cache = new Map<PostLanguage, Cues | undefined>()

/** The language's cues, or undefined when it has no stance lexicon. */
export function cuesFor(lang: PostLanguage): Cues | undefined {
  if (!cache.has(lang)) cache.set(lang, compile(lang))
  return cache.get(lang)
}

function compile(lang: PostLanguage): Cues | undefined {
  const data = loadLexicon<CueLexicon | undefined>(lang, 'stance', undefined)
  if (!data) return undefined
  const profile = profileFor(lang)
  const byPhrase = new Map<string, CueClass>()
  const add = (phrase: string, cls: CueClass) => byPhrase.set(stanceWords(phrase, profile).join(' '), cls)
  for (const cls of JUDGED) {
    for (const entry of data[cls]) for (const phrase of [entry.cue, ...(entry.forms ?? [])]) add(phrase, cls)
  }
  // Negation last: "stop" is a negating verb ("stop fighting for") before it is an oppose cue.
  for (const phrase of data.negators) add(phrase, 'negator')
  for (const phrase of data.negatingVerbs) add(phrase, 'negating')
  for (const phrase of data.concord ?? []) add(phrase, 'concord')
  const words = (list: string[] | undefined) => new Set((list ?? []).flatMap((phrase) => stanceWords(phrase, profile)))
  return {
    matcher: new PhraseMatcher([...byPhrase].map(([phrase, cls]) => ({phrase, cls}))),
    boundaries: words(data.boundaries),
    reporting: lexiconPattern(data.reporting),
    negatorsAfter: words(data.negatorsAfter),
    restrictive: words(data.restrictive),
    sarcasm: data.sarcasm?.length ? new RegExp(data.sarcasm.map(phrasePattern).join('|'), 'iu') : undefined
  }
}

// A sarcasm phrase matches as written, any case, with any spacing; a phrase that starts or ends
// with a letter matches only whole words ("jaja" not in "jajaja"), an emoji or "/s" anywhere.
function phrasePattern(phrase: string): string {
  const body = phrase
    .trim()
    .split(/\s+/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/'/gu, "['’]"))
    .join('\\s+')
  const start = /^[\p{L}\p{N}]/u.test(phrase.trim()) ? '(?<![\\p{L}\\p{N}])' : ''
  const end = /[\p{L}\p{N}]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{N}])' : ''
  return start + body + end
}
