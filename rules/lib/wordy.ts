// The wordy phrases plain-language reports, per language: parllint's own list
// (rules/lexicons/<lang>/wordy.json, with keyed reasons, inflected forms and the
// longer set phrases it must not touch) and, where the profile names it, the
// multi-word phrases of retext-simplify. Built once per language.
import type {Translated} from '../types.js'
import {loadLexicon, PhraseMatcher} from './lexicon.js'
import type {Profile} from './profile.js'
import type {Unit} from './readability.js'
import {normalize} from './text.js'

type Form = {phrase: string; replace: string[]}
type RawEntry = Form & {safe?: boolean; reason: string; rewrite?: string; notAfter?: string[]; notBefore?: string[]; forms?: Form[]}
type WordyLexicon = {reasons: Record<string, Translated>; entries: RawEntry[]; keep?: {phrase: string; reason: string}[]}
type Exclusion = {phrase: string; notAfter?: string[]}

export type WordyEntry = {
  phrase: string
  replace: string[]
  safe: boolean
  reasonText: Translated
  /** No word-for-word replacement: the sentence needs rewriting around the verb ("procedió a votar" → "votó"). */
  rewrite: boolean
  notAfter?: string[]
  notBefore?: string[]
  /** A longer set phrase that contains a wordy one and must not be reported ("a fin de mes"). */
  keep?: boolean
}
export type WordyMatch = {entry: WordyEntry; start: number; end: number; quoted: boolean}
type Token = {lower: string; start: number; end: number; quoted: boolean}

export async function compileWordy(profile: Profile, accepted: ReadonlySet<string>) {
  const lexicon = loadLexicon<WordyLexicon>(profile.lang, 'wordy', {reasons: {}, entries: []})
  const reasonOf = (key: string) => {
    const text = lexicon.reasons[key]
    if (!text) throw new Error(`wordy.json (${profile.lang}) has no reason "${key}"`)
    return text
  }
  const entries: WordyEntry[] = lexicon.entries.flatMap((raw) =>
    [raw, ...(raw.forms ?? [])].map((form) => ({
      phrase: form.phrase,
      replace: form.replace,
      safe: raw.safe === true,
      reasonText: reasonOf(raw.reason),
      rewrite: raw.rewrite !== undefined,
      notAfter: raw.notAfter,
      notBefore: raw.notBefore
    }))
  )
  if (profile.wordy) entries.push(...(await simplifyPhrases(profile, reasonOf('wordy-phrase'))))
  const keep = (lexicon.keep ?? []).map((entry): WordyEntry => ({phrase: entry.phrase, replace: [], safe: false, reasonText: reasonOf(entry.reason), rewrite: false, keep: true}))
  const elision = profile.elision ? new RegExp(profile.elision, 'u') : undefined
  const split = (phrase: string) => (elision ? normalize(phrase).split(/\s+/u).flatMap((word) => splitElided(word, elision)).join(' ') : phrase)
  const matcher = new PhraseMatcher<WordyEntry>(
    [...keep, ...entries.filter((entry) => !accepted.has(normalize(entry.phrase)))].map((entry) => ({...entry, phrase: split(entry.phrase)}))
  )

  return {
    /** The wordy phrases of one sentence or list item, with their offsets in the post. */
    match(unit: Unit, text: string): WordyMatch[] {
      const tokens = tokensOf(unit, text, elision)
      const lower = tokens.map((token) => token.lower)
      const found: WordyMatch[] = []
      for (const [entry, first, last] of matcher.match(lower)) {
        if (entry.keep) continue
        if (entry.notAfter?.includes(lower[first - 1] ?? '') || entry.notBefore?.includes(lower[last + 1] ?? '')) continue
        found.push({entry, start: tokens[first]!.start, end: tokens[last]!.end, quoted: tokens[first]!.quoted})
      }
      return found
    }
  }
}

/** "d'assurer" as two words, "d'" and "assurer", where the language writes elided words onto the next. */
function splitElided(word: string, elision: RegExp): string[] {
  const prefix = elision.exec(word)?.[0]
  return prefix && prefix.length < word.length ? [prefix, word.slice(prefix.length)] : [word]
}

function tokensOf(unit: Unit, text: string, elision: RegExp | undefined): Token[] {
  return unit.words.flatMap((word, index) => {
    const lower = unit.lower[index]!
    const prefix = elision?.exec(lower)?.[0]
    if (!prefix || prefix.length >= lower.length) return [{lower, start: word.start, end: word.end, quoted: word.quoted}]
    const cut = word.start + prefix.length
    return [
      {lower: prefix, start: word.start, end: cut, quoted: word.quoted},
      {lower: lower.slice(prefix.length), start: cut, end: word.end, quoted: word.quoted}
    ]
  })
}

/**
 * retext-simplify's multi-word phrases, read from its data: its own search costs more
 * than the rest of the rule, and parllint already matches phrases. Its single words are
 * mostly everyday words (provide, additional), so they are left out; so are the entries
 * of simplify-exclude.json, or only after the words its `notAfter` gives.
 */
async function simplifyPhrases(profile: Profile, reasonText: Translated): Promise<WordyEntry[]> {
  const excluded = new Map(loadLexicon<{entries: Exclusion[]}>(profile.lang, 'simplify-exclude', {entries: []}).entries.map((entry) => [normalize(entry.phrase), entry]))
  const {patterns} = (await import(new URL('lib/patterns.js', import.meta.resolve(profile.wordy!.module)).href)) as {patterns: Record<string, {replace: string[]; omit?: boolean}>}
  return Object.entries(patterns).flatMap(([raw, pattern]) => {
    const phrase = normalize(raw)
    const exclusion = excluded.get(phrase)
    if (!/\s/u.test(phrase) || (exclusion && !exclusion.notAfter)) return []
    const replace = pattern.omit ? ['(remove)', ...pattern.replace] : [...pattern.replace]
    return [{phrase, replace, safe: false, reasonText, rewrite: false, notAfter: exclusion?.notAfter}]
  })
}
