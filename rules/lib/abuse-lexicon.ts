// The gendered-abuse lexicon of one language (rules/lexicons/<lang>/gendered-abuse.json),
// compiled once into matchers and sets. The file's "about" field documents every key.
import type {Translated} from '../types.js'
import {PhraseMatcher} from './lexicon.js'
import {lexiconPattern, unicodeSource} from './patterns.js'
import {PhraseSet} from './phrases.js'
import {fold} from './text.js'

export type Category = 'slur' | 'misogyny' | 'sexualised' | 'appearance' | 'stereotype' | 'belittling' | 'threat'
export type TargetMode = 'always' | 'target' | 'nominal' | 'vocative'

export type Entry = {
  phrase: string
  forms?: string[]
  category: Exclude<Category, 'threat'>
  target: TargetMode
  notBefore?: string[]
  notAfter?: string[]
  /** Alone at the start of a sentence it is an exclamation ("Putain, quelle journée"), not an address. */
  interjection?: boolean
  /** Compared with its accents: folding would make pt "louça" (the dishes) "louca". */
  matchAccents?: boolean
  reason: string
  source: string
}
export type Pattern = {pattern: string; category?: Category; target: 'always' | 'target'; reason: string; source: string; examples?: string[]; notMatching?: string[]}

export type LexiconFile = {
  reasons: Record<string, Translated>
  women: string[]
  womenPlural: string[]
  officials: string[]
  feminineMarkers: string[]
  generic: string[]
  none: string[]
  insultFrames: string[]
  determiners: string[]
  copulas: string[]
  degree: string[]
  afterNoun: string[]
  reporting: string
  condemnation: {pattern: string; example: string}[]
  hashtags: string[]
  warm: string[]
  negations: string[]
  political: string[]
  appearance: {reason: string; source: string; nouns: string[]; womenswear: string[]; owners: string[]; of: string[]}
  violence: {
    reasons: {active: string; passive: string}
    source: string
    verbs: string[]
    objectVerbs: string[]
    objectsBefore: string[]
    reader: string[]
    objectEnd: string[]
    participles: string[]
    /** Whether the participles listed are feminine, so aimed at a woman by their form (es "violada", fr "violée"). */
    participlesMarkWoman?: boolean
    cues: string[]
    passive: string[]
    prepositions: string[]
    notBefore: string[]
  }
  groupHate: {
    source: string
    reason: string
    /** Words after which a negation restricts instead of denying: "ne sont rien que des ordures", "nothing but". */
    restrictive: string[]
    /** Words before which the verb is a noun: "the hate women face", "el odio a las mujeres". */
    nounBefore: string[]
    /** Verbs of hatred before women as a group: "I hate women", "je déteste les femmes". */
    verbs: string[]
    /** What is said of women as a group: after a copula ("women are trash") or right after them ("women deserve to die"). */
    predicates: {after: 'copula' | 'subject'; category: Category; reason: string; phrases: string[]}[]
  }
  entries: Entry[]
  stereotypes: Pattern[]
  threats: Pattern[]
}

export type Hit<E> = [E, number, number]

export type AbuseLexicon = {
  reasons: Record<string, Translated>
  entries: PhraseMatcher<{phrase: string; entry: Entry}>
  accented: PhraseMatcher<{phrase: string; entry: Entry}>
  notBefore: Map<Entry, PhraseSet>
  notAfter: Map<Entry, PhraseSet>
  women: PhraseSet
  womenPlural: PhraseSet
  officials: PhraseSet
  feminineMarkers: PhraseSet
  generic: PhraseSet
  none: PhraseSet
  insultFrames: PhraseSet
  determiners: PhraseSet
  copulas: PhraseSet
  degree: PhraseSet
  afterNoun: PhraseSet
  reporting: RegExp
  condemnation: RegExp[]
  hashtags: Set<string>
  warm: PhraseSet
  negations: PhraseSet
  political: PhraseSet
  appearance: {reason: string; nouns: PhraseMatcher<{phrase: string}>; womenswear: PhraseSet; owners: PhraseSet; of: PhraseSet}
  violence: {
    reasons: {active: string; passive: string}
    verbs: PhraseMatcher<{phrase: string; withObject: boolean}>
    objectsBefore: PhraseSet
    reader: PhraseSet
    objectEnd: PhraseSet
    participles: PhraseMatcher<{phrase: string}>
    participlesMarkWoman: boolean
    cues: PhraseSet
    passive: PhraseSet
    prepositions: PhraseSet
    notBefore: PhraseSet
  }
  groupHate: {
    reason: string
    restrictive: PhraseSet
    nounBefore: PhraseSet
    verbs: PhraseSet
    predicates: PhraseMatcher<{phrase: string; after: 'copula' | 'subject'; category: Category; reason: string}>
  }
  patterns: {pattern: RegExp; item: Pattern; category: Category}[]
  /** Any of the patterns, tested once per sentence: most sentences match none, and one test is cheaper than twenty. */
  patternGate: RegExp
}

const matcher = <E extends {phrase: string}>(items: E[]) => new PhraseMatcher(items, {folded: true})

/** Compiles a lexicon; `allowed` are phrases the office allows (folded), left out of the entries. */
export function compileLexicon(data: LexiconFile, allowed: ReadonlySet<string>): AbuseLexicon {
  const phrasesOf = (entry: Entry) => [entry.phrase, ...(entry.forms ?? [])].filter((phrase) => !allowed.has(fold(phrase)))
  const entriesWith = (accents: boolean) =>
    data.entries.filter((entry) => Boolean(entry.matchAccents) === accents).flatMap((entry) => phrasesOf(entry).map((phrase) => ({phrase, entry})))
  const violence = data.violence
  return {
    reasons: data.reasons,
    entries: matcher(entriesWith(false)),
    accented: new PhraseMatcher(entriesWith(true)),
    notBefore: new Map(data.entries.filter((entry) => entry.notBefore).map((entry) => [entry, new PhraseSet(entry.notBefore)])),
    notAfter: new Map(data.entries.filter((entry) => entry.notAfter).map((entry) => [entry, new PhraseSet(entry.notAfter)])),
    women: new PhraseSet(data.women),
    womenPlural: new PhraseSet(data.womenPlural),
    officials: new PhraseSet(data.officials),
    feminineMarkers: new PhraseSet(data.feminineMarkers),
    generic: new PhraseSet(data.generic),
    none: new PhraseSet(data.none),
    insultFrames: new PhraseSet(data.insultFrames),
    determiners: new PhraseSet(data.determiners),
    copulas: new PhraseSet(data.copulas),
    degree: new PhraseSet(data.degree),
    afterNoun: new PhraseSet(data.afterNoun),
    reporting: lexiconPattern(data.reporting),
    condemnation: data.condemnation.map(({pattern}) => lexiconPattern(pattern)),
    hashtags: new Set(data.hashtags.map((tag) => fold(tag))),
    warm: new PhraseSet(data.warm),
    negations: new PhraseSet(data.negations),
    political: new PhraseSet(data.political),
    appearance: {
      reason: data.appearance.reason,
      nouns: matcher(data.appearance.nouns.map((phrase) => ({phrase}))),
      womenswear: new PhraseSet(data.appearance.womenswear),
      owners: new PhraseSet(data.appearance.owners),
      of: new PhraseSet(data.appearance.of)
    },
    violence: {
      reasons: violence.reasons,
      verbs: matcher([...violence.verbs.map((phrase) => ({phrase, withObject: false})), ...violence.objectVerbs.map((phrase) => ({phrase, withObject: true}))]),
      objectsBefore: new PhraseSet(violence.objectsBefore),
      reader: new PhraseSet(violence.reader),
      objectEnd: new PhraseSet(violence.objectEnd),
      participles: matcher(violence.participles.map((phrase) => ({phrase}))),
      participlesMarkWoman: Boolean(violence.participlesMarkWoman),
      cues: new PhraseSet(violence.cues),
      passive: new PhraseSet(violence.passive),
      prepositions: new PhraseSet(violence.prepositions),
      notBefore: new PhraseSet(violence.notBefore)
    },
    groupHate: {
      reason: data.groupHate.reason,
      restrictive: new PhraseSet(data.groupHate.restrictive),
      nounBefore: new PhraseSet(data.groupHate.nounBefore),
      verbs: new PhraseSet(data.groupHate.verbs),
      predicates: matcher(data.groupHate.predicates.flatMap(({phrases, ...rest}) => phrases.map((phrase) => ({phrase, ...rest}))))
    },
    patterns: [
      ...data.stereotypes.map((item) => ({pattern: lexiconPattern(item.pattern, true), item, category: item.category ?? ('stereotype' as const)})),
      ...data.threats.map((item) => ({pattern: lexiconPattern(item.pattern, true), item, category: 'threat' as const}))
    ],
    // Without their word edges, which make the engine test every position: the gate may let a sentence through that no pattern matches.
    patternGate: new RegExp([...data.stereotypes, ...data.threats].map((item) => `(?:${unicodeSource(item.pattern.replace(/^\\b|\\b$/gu, ''))})`).join('|') || '(?!)', 'iu')
  }
}
