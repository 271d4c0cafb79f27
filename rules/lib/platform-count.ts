// How each platform counts a post, and where the first unit over its limit is.
// X uses twitter-text (X's own counting); the others are counted here from the
// platforms' published rules (rules/data/platforms.json).
export type PlatformData = {
  name: string
  limit: number
  unit: 'weighted' | 'graphemes' | 'threads' | 'characters'
  urlLength?: number
  maxBytes?: number
  shortenLinks?: boolean
  localMentions?: boolean
  altText?: number
  hashtags?: {max: number; kind: 'enforced' | 'advice'; since?: string}
  maxLinks?: number
}

export type Count = {count: number; limit: number; firstOver?: number}

type ParseTweet = (text: string) => {weightedLength: number; valid: boolean; validRangeEnd: number}
let parseTweet: ParseTweet | undefined

// Created on first use: loading ICU's segmentation data costs ~10 ms of every start.
let segmenter: Intl.Segmenter | undefined
const WINDOW = 256
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The text's graphemes with their offsets. V8's segment iterator slows down with the length
 * of the text (40,000 characters: 0.7 s a pass, quadratic), so the text is segmented in
 * windows of about 256 characters: every grapheme but a window's last is final, and the next
 * window starts at that last one, a true boundary (Unicode decides a boundary from what
 * precedes it and the one character after it). A window holding a single grapheme
 * (a letter and hundreds of combining marks) grows until it holds two. Linear in the text.
 */
function* graphemes(text: string): Generator<{segment: string; index: number}> {
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})
  let from = 0
  let size = WINDOW
  while (from < text.length) {
    let end = Math.min(text.length, from + size)
    // Never cut a surrogate pair: the boundary before a window's last grapheme is decided by
    // its first character, which must be whole.
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++
    let last: {segment: string; index: number} | undefined
    let count = 0
    for (const {segment, index} of segmenter.segment(text.slice(from, end))) {
      if (last) yield {segment: last.segment, index: from + last.index}
      last = {segment, index}
      count++
    }
    if (!last) return
    if (end === text.length) {
      yield {segment: last.segment, index: from + last.index}
      return
    }
    if (count === 1) {
      size *= 2
      continue
    }
    from += last.index
    size = WINDOW
  }
}
const URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/giu
const REMOTE_MENTION = /(?<![\p{L}\p{N}_@])@([A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

export function graphemeLength(text: string): number {
  return [...graphemes(text)].length
}

/** Bluesky's app shows a link as its host and at most 13 characters of path, then "...". */
export function blueskyShortUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//iu, '')
  const slash = bare.indexOf('/')
  if (slash === -1) return bare
  const host = bare.slice(0, slash)
  const path = bare.slice(slash)
  return path.length > 15 ? `${host}${path.slice(0, 13)}...` : host + (path === '/' ? '' : path)
}

/** Loads what counting on `platform` needs: twitter-text for X, on first use only. */
export async function prepareCount(platform: PlatformData): Promise<void> {
  if (platform.unit !== 'weighted' || parseTweet) return
  // Node sees the CommonJS build (named export); the bundle sees the ES build (default export).
  const twitterText = (await import('twitter-text')) as {parseTweet?: ParseTweet; default: {parseTweet: ParseTweet}}
  parseTweet = twitterText.parseTweet ?? twitterText.default.parseTweet
}

/** Counts `text` as `platform` does; call `prepareCount` once first. */
export function countPost(text: string, platform: PlatformData, limit = platform.limit): Count {
  if (platform.unit === 'weighted') {
    if (!parseTweet) throw new Error('parllint: countPost on X before prepareCount')
    const parsed = parseTweet(text)
    return {count: parsed.weightedLength, limit, ...(parsed.weightedLength > limit ? {firstOver: parsed.validRangeEnd + 1} : {})}
  }
  // Spans that count as something else than their characters: links, remote mentions.
  const special = new Map<number, {end: number; weight: number}>()
  if (platform.urlLength !== undefined || platform.shortenLinks) {
    for (const match of text.matchAll(URL)) {
      const weight = platform.shortenLinks ? graphemeLength(blueskyShortUrl(match[0])) : platform.urlLength!
      special.set(match.index, {end: match.index + match[0].length, weight})
    }
  }
  if (platform.localMentions) {
    for (const match of text.matchAll(REMOTE_MENTION)) special.set(match.index, {end: match.index + match[0].length, weight: match[1]!.length + 1})
  }
  let count = 0
  let firstOver: number | undefined
  let skipUntil = 0
  for (const {segment, index} of graphemes(text)) {
    if (index < skipUntil) continue
    const span = special.get(index)
    if (span) skipUntil = span.end
    count += span ? span.weight : weigh(segment, platform.unit)
    if (firstOver === undefined && count > limit) firstOver = index
  }
  return {count, limit, ...(firstOver === undefined ? {} : {firstOver})}
}

function weigh(grapheme: string, unit: PlatformData['unit']): number {
  if (unit === 'graphemes') return 1
  if (unit === 'threads' && PICTOGRAPHIC.test(grapheme)) return Buffer.byteLength(grapheme)
  return [...grapheme].length
}

/** UTF-8 bytes, and the first character past `max` bytes. */
export function countBytes(text: string, max: number): Count {
  let bytes = 0
  let firstOver: number | undefined
  for (const {segment, index} of graphemes(text)) {
    bytes += Buffer.byteLength(segment)
    if (firstOver === undefined && bytes > max) firstOver = index
  }
  return {count: bytes, limit: max, ...(firstOver === undefined ? {} : {firstOver})}
}
