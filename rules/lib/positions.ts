// The positions an office declares (config values.positions), compiled once per
// config and language: what names each topic (keywords), what it stands against
// (counterKeywords), and the slogans and hashtags that carry a stance by themselves.
import type {PostLanguage} from '../types.js'
import {PhraseMatcher} from './lexicon.js'
import {profileFor} from './profile.js'
import {stanceWords} from './stance-cues.js'

export type Position = {
  topic: string
  stance: 'support' | 'oppose'
  keywords: string[]
  counterKeywords?: string[]
  supportTerms?: string[]
  opposeTerms?: string[]
}
export type Values = {positions?: Position[]; preferredTerms?: Record<string, string>}

/** A keyword (role 1) or counter-keyword (role -1) of a position, as words. */
export type Mention = {phrase: string; position: number; role: 1 | -1}
/** A slogan's stance toward a position. */
export type Term = {position: number; stance: 1 | -1}

export type Positions = {
  positions: Position[]
  mentions: PhraseMatcher<Mention>
  /** Hashtags ("#axethetax"), and slogans and loaded words written out ("drill baby drill"). */
  hashtags: ReadonlyMap<string, Term[]>
  slogans: PhraseMatcher<{phrase: string; terms: Term[]}>
}

const compiled = new WeakMap<object, Map<PostLanguage, Positions>>()

export function compilePositions(values: Values, lang: PostLanguage): Positions {
  let byLanguage = compiled.get(values)
  if (!byLanguage) compiled.set(values, (byLanguage = new Map()))
  let found = byLanguage.get(lang)
  if (!found) {
    found = compile(values.positions ?? [], lang)
    byLanguage.set(lang, found)
  }
  return found
}

function compile(positions: Position[], lang: PostLanguage): Positions {
  const profile = profileFor(lang)
  const mentions: Mention[] = []
  const hashtags = new Map<string, Term[]>()
  const slogans = new Map<string, Term[]>()
  positions.forEach((position, index) => {
    const add = (list: string[] | undefined, role: 1 | -1) => {
      for (const phrase of list ?? []) mentions.push({phrase: stanceWords(phrase, profile).join(' '), position: index, role})
    }
    add(position.keywords, 1)
    add(position.counterKeywords, -1)
    for (const [list, stance] of [
      [position.supportTerms, 1],
      [position.opposeTerms, -1]
    ] as const) {
      for (const term of list ?? []) {
        const [map, key] = term.startsWith('#') ? [hashtags, term.toLowerCase()] : [slogans, stanceWords(term, profile).join(' ')]
        if (key) map.set(key, [...(map.get(key) ?? []), {position: index, stance}])
      }
    }
  })
  return {
    positions,
    mentions: new PhraseMatcher(mentions.filter((mention) => mention.phrase)),
    hashtags,
    slogans: new PhraseMatcher([...slogans].map(([phrase, terms]) => ({phrase, terms})))
  }
}
