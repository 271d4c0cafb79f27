// How differently the office and its opponents word things, learned per run from
// their published posts, per language: weighted log-odds with an informative
// Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"). Each word
// gets δ, the log-odds of using it on the opponents' side against the office's
// (smoothed toward its pooled frequency), and z = δ / σ, how sure that is. A
// draft leans toward the opponents when the δ of its words add up past a
// threshold; the words it names are those with z ≥ 1 toward them. Words
// count once per post (document frequency): a post that repeats a word does not
// outweigh ten that use it. Every threshold was chosen on half of the
// evaluation rows and measured on the other half (docs/rules/value-coherence.md).
import type {Language, PostLanguage, PublishedPost} from '../types.js'
import {compilePositions, type Positions, type Values} from './positions.js'
import {profileFor, type Profile} from './profile.js'
import {withoutQuotes} from './prose.js'
import {normalize} from './text.js'

/** What was learned for one language: posts and word counts per side, and which words go with which position. */
export type LanguageModel = {
  posts: [number, number]
  /** Word occurrences (once per post) on each side, over every word, before rare words were dropped. */
  total: [number, number]
  /** Per word: in how many of the office's posts, and of the opponents', it appears. */
  words: Record<string, [number, number]>
  /** Per position (by index): the words tied to it, and in how many posts that name it each appears. */
  links: Record<string, number>[]
}
export type ContrastModel = {languages: Partial<Record<Language, LanguageModel>>}

/** A draft's lean toward the opponents: its score, the position it is about, and the words that lean most. */
export type Lean = {position: number; score: number; words: LeaningWord[]}
export type LeaningWord = {word: string; start: number; end: number; own: number; opponents: number; ratio: number}

// The prior's weight (α0): how far a rare word's log-odds are pulled toward its pooled rate.
const PRIOR = 100
// Words seen in fewer posts than this, on both sides together, are dropped from the model.
const MIN_POSTS = 2
// A side needs this many posts in a language before anything is learned for it.
const MIN_SIDE = 20
// The draft's summed δ past which it leans: lower when it names the position, higher when only
// its words tie it to the position (words at least LINK_SHARE of whose posts name it).
const NAMED_THRESHOLD = 1
const UNNAMED_THRESHOLD = 3
const LINK_SHARE = 0.1
// A word is named as leaning when it is at least one standard error toward the opponents.
const CLEAR_Z = 1
const SHOWN = 3

/** A word of a post: `counted` when the model compares posts by it (not a common word); `tag` for hashtags and mentions. */
type Feature = {word: string; start: number; end: number; counted: boolean; tag: boolean}

const TOKEN = /(?:https?:\/\/|www\.)\S+|[#@]?[\p{L}\p{M}\p{N}_]+(?:['’\u2010\u2011-][\p{L}\p{M}\p{N}_]+)*'?/gu
const NUMBER = /^[\d_]+$/u
const CAMEL = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu

/**
 * The words of a post: its words (normalised, elided words split off), its hashtags and mentions as
 * they are, and the words a hashtag is made of. The model counts all but links, numbers, one-letter
 * words and the language's most common words (its profile's function words), which carry no stance;
 * the common words still count for recognising a keyword ("reforma de pensiones").
 */
export function features(text: string, profile: Profile): Feature[] {
  const common = commonWords(profile)
  const found: Feature[] = []
  const counted = (word: string) => word.length > 1 && !common.has(word) && !NUMBER.test(word)
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    if (raw.includes('/') || raw.startsWith('www.')) continue
    if (raw[0] === '#' || raw[0] === '@') {
      found.push({word: normalize(raw), start, end, counted: true, tag: true})
      if (raw[0] === '#') {
        for (const part of raw.slice(1).match(CAMEL) ?? []) {
          const word = normalize(part)
          found.push({word, start, end, counted: counted(word), tag: false})
        }
      }
      continue
    }
    const word = normalize(raw.endsWith("'") ? raw.slice(0, -1) : raw)
    const cut = profile.elisions.size > 0 ? word.indexOf("'") + 1 : 0
    if (cut > 0 && cut < word.length && profile.elisions.has(word.slice(0, cut))) {
      found.push({word: word.slice(0, cut), start, end: start + cut, counted: false, tag: false})
      found.push({word: word.slice(cut), start: start + cut, end, counted: counted(word.slice(cut)), tag: false})
    } else found.push({word, start, end, counted: counted(word), tag: false})
  }
  return found
}

const commonCache = new WeakMap<Profile, Set<string>>()
function commonWords(profile: Profile): Set<string> {
  let found = commonCache.get(profile)
  if (!found) commonCache.set(profile, (found = new Set((profile.detection?.functionWords ?? []).map(normalize))))
  return found
}

/** The positions a post names, from its features (hashtags read as the words they are made of). */
function named(list: readonly Feature[], positions: Positions): Set<number> {
  const found = new Set<number>()
  const words = list.filter((feature) => !feature.tag).map((feature) => feature.word)
  for (const [mention] of positions.mentions.match(words)) found.add(mention.position)
  for (const [slogan] of positions.slogans.match(words)) for (const term of slogan.terms) found.add(term.position)
  for (const feature of list) if (feature.tag) for (const term of positions.hashtags.get(feature.word) ?? []) found.add(term.position)
  return found
}

export function learnContrast(sides: {own: readonly PublishedPost[]; opponents: readonly PublishedPost[]}, values: Values): ContrastModel {
  type Counting = {posts: [number, number]; counts: Map<string, [number, number]>; links: Map<string, number>[]}
  const byLanguage = new Map<PostLanguage, Counting>()
  const positionCount = values.positions?.length ?? 0
  sides.own.forEach((post) => count(post, 0))
  sides.opponents.forEach((post) => count(post, 1))

  const model: ContrastModel = {languages: {}}
  for (const [lang, counting] of byLanguage) {
    if (lang === 'und' || counting.posts[0] < MIN_SIDE || counting.posts[1] < MIN_SIDE) continue
    const total: [number, number] = [0, 0]
    for (const pair of counting.counts.values()) {
      total[0] += pair[0]
      total[1] += pair[1]
    }
    // Built from entries, so that "__proto__" is a word like any other.
    const words = Object.fromEntries([...counting.counts].filter(([, pair]) => pair[0] + pair[1] >= MIN_POSTS))
    // Only the words tied to a position are kept: those at least LINK_SHARE of whose posts name it.
    const links = counting.links.map((map) => Object.fromEntries([...map].filter(([word, count]) => Object.hasOwn(words, word) && count >= LINK_SHARE * (words[word]![0] + words[word]![1]))))
    model.languages[lang] = {posts: counting.posts, total, words, links}
  }
  return model

  function count(post: PublishedPost, side: 0 | 1) {
    let counting = byLanguage.get(post.lang)
    if (!counting) byLanguage.set(post.lang, (counting = {posts: [0, 0], counts: new Map(), links: Array.from({length: positionCount}, () => new Map())}))
    counting.posts[side]++
    const list = features(post.text, profileFor(post.lang))
    const unique = new Set<string>()
    for (const feature of list) if (feature.counted) unique.add(feature.word)
    for (const word of unique) {
      const pair = counting.counts.get(word)
      if (pair) pair[side]++
      else counting.counts.set(word, side === 0 ? [1, 0] : [0, 1])
    }
    if (positionCount === 0) return
    for (const position of named(list, compilePositions(values, post.lang))) {
      const links = counting.links[position]!
      for (const word of unique) links.set(word, (links.get(word) ?? 0) + 1)
    }
  }
}

/** δ and z of a word: positive toward the opponents. */
function logOdds(model: LanguageModel, [own, opponents]: [number, number]): {delta: number; z: number} {
  const [n0, n1] = model.total
  const prior = (PRIOR * (own + opponents)) / (n0 + n1)
  const delta = Math.log((opponents + prior) / (n1 + PRIOR - opponents - prior)) - Math.log((own + prior) / (n0 + PRIOR - own - prior))
  return {delta, z: delta / Math.sqrt(1 / (opponents + prior) + 1 / (own + prior))}
}

/** How a draft leans toward the opponents on one of the office's positions, or undefined when it does not clearly. */
export function leanOf(model: ContrastModel, text: string, lang: PostLanguage, values: Values): Lean | undefined {
  const learned = lang === 'und' ? undefined : model.languages[lang]
  if (!learned) return undefined
  // Words in quotation marks are someone else's.
  const list = features(withoutQuotes(text), profileFor(lang))
  const seen = new Set<string>()
  let score = 0
  const leaning: (LeaningWord & {delta: number})[] = []
  for (const feature of list) {
    if (!feature.counted || seen.has(feature.word)) continue
    seen.add(feature.word)
    // Own properties only: the model is plain JSON, and "constructor" is a word too.
    const pair = Object.hasOwn(learned.words, feature.word) ? learned.words[feature.word] : undefined
    if (!pair) continue
    const {delta, z} = logOdds(learned, pair)
    score += delta
    if (z >= CLEAR_Z) {
      const [own, opponents] = pair
      const ratio = (opponents + 0.5) / learned.posts[1] / ((own + 0.5) / learned.posts[0])
      leaning.push({word: feature.word, start: feature.start, end: feature.end, own, opponents, ratio, delta})
    }
  }
  if (leaning.length === 0) return undefined
  leaning.sort((a, b) => b.delta - a.delta)
  const shown = (list: typeof leaning) => list.slice(0, SHOWN).map(({word, start, end, own, opponents, ratio}) => ({word, start, end, own, opponents, ratio}))
  const position = [...named(list, compilePositions(values, lang))][0]
  if (position !== undefined) return score >= NAMED_THRESHOLD ? {position, score, words: shown(leaning)} : undefined
  // A draft that does not name a position is tied to one by its words that are mostly used about it.
  let best: Lean | undefined
  learned.links.forEach((links, index) => {
    let tied = 0
    for (const word of seen) if (Object.hasOwn(links, word)) tied += logOdds(learned, learned.words[word]!).delta
    const words = leaning.filter(({word}) => Object.hasOwn(links, word))
    if (tied >= UNNAMED_THRESHOLD && words.length > 0 && (!best || tied > best.score)) best = {position: index, score: tied, words: shown(words)}
  })
  return best
}

/** Per language and position, the words most typical of each side among the posts that name it: for --explain-values. */
export function explainContrast(model: ContrastModel, values: Values, top = 15) {
  const result: {lang: Language; topic: string; posts: {office: number; opponents: number}; office: string[]; opponents: string[]}[] = []
  for (const [lang, learned] of Object.entries(model.languages) as [Language, LanguageModel][]) {
    ;(values.positions ?? []).forEach((position, index) => {
      const scored = Object.keys(learned.links[index] ?? {}).map((word) => ({word, ...logOdds(learned, learned.words[word]!)}))
      const side = (sign: 1 | -1) =>
        scored
          .filter(({z}) => sign * z >= CLEAR_Z)
          .sort((a, b) => sign * (b.delta - a.delta))
          .slice(0, top)
          .map(({word}) => word)
      result.push({lang, topic: position.topic, posts: {office: learned.posts[0], opponents: learned.posts[1]}, office: side(-1), opponents: side(1)})
    })
  }
  return result
}
