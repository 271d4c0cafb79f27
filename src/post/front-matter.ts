// Optional YAML front matter at the top of a draft. It is not prose: the engine
// blanks it out, and every problem in it points at the file as written.
import type * as Yaml from 'yaml'
import type {Platform} from '../../rules/types.js'
import {isLanguageCode, LANGUAGES, type Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {EXPECTED, TEXTS} from './texts.js'

export type FrontMatter = {
  platform?: Platform
  /** One of the four languages, or another ISO 639-1 code. */
  lang?: string
  author?: string
  reply?: boolean
  disable?: string[]
  kind?: string
  date?: string
  scheduled?: string
  media?: unknown[]
  /** Where each media item starts in the file, for messages about it. */
  mediaAt?: number[]
}

/** A fatal problem means the front matter could not be read, so the post is not linted. */
export type FrontMatterProblem = {message: string; start: number; end: number; severity: 1 | 2; fatal?: true}

export type ParsedFrontMatter = {
  data: FrontMatter
  /** Offset just past the closing fence; 0 when there is no front matter. */
  end: number
  problems: FrontMatterProblem[]
}

const OPENING = /^---[ \t]*\r?\n/
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/** `values`: what is allowed, for the message (EXPECTED) that says so. */
type FieldCheck = {accept: (value: unknown) => boolean; values?: string}

/** A key and its value, with both spans relative to the front matter's body. */
type Pair = {key: string; keyRange: [number, number]; value: unknown; valueRange: [number, number]; itemStarts?: number[]}
type Read = {pairs: Pair[]} | {problem: {message: string; from: number; to: number}}

// Most front matter is a few "key: word" lines. Those are read here, exactly as the
// YAML parser reads them (a test holds the two to the same result), because YAML
// costs a fifth of a folder run; anything else goes to the parser.
const SIMPLE_LINE = /^([a-z]+):[ \t]+([A-Za-z][A-Za-z_-]*|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)[ \t]*$/
const YAML_WORDS: Record<string, boolean | null> = {true: true, True: true, TRUE: true, false: false, False: false, FALSE: false, null: null, Null: null, NULL: null}

export function readSimple(body: string): Pair[] | undefined {
  const pairs: Pair[] = []
  const keys = new Set<string>()
  let offset = 0
  for (const line of body.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line
    const match = SIMPLE_LINE.exec(content)
    if (match) {
      const [, key, word] = match as unknown as [string, string, string]
      if (keys.has(key)) return undefined
      keys.add(key)
      const valueFrom = offset + content.indexOf(word, key.length + 1)
      pairs.push({key, keyRange: [offset, offset + key.length], value: word in YAML_WORDS ? YAML_WORDS[word] : word, valueRange: [valueFrom, valueFrom + word.length]})
    } else if (content.trim() !== '') return undefined
    offset += line.length + 1
  }
  return pairs
}

let yaml: typeof Yaml | undefined

export async function readYaml(body: string, locale: Locale = 'en'): Promise<Read> {
  // The YAML parser loads only once a draft needs it.
  yaml ??= await import('yaml')
  const {isMap, isScalar, parseDocument} = yaml
  const document = parseDocument(body, {prettyErrors: false})
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    return {problem: {message: fill(TEXTS.notYaml, {detail: error.message.split('\n')[0]!}, locale), from: error.pos[0], to: error.pos[1]}}
  }
  if (document.contents === null) return {pairs: []}
  if (!isMap(document.contents)) return {problem: {message: TEXTS.notPairs[locale], from: 0, to: body.length}}
  return {
    pairs: document.contents.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const keyRange = (isScalar(pair.key) && pair.key.range ? pair.key.range.slice(0, 2) : [0, 0]) as [number, number]
      const valueNode = pair.value as {range?: [number, number, number]; toJSON?: () => unknown; items?: {range?: [number, number, number]}[]} | null
      const valueRange = (valueNode?.range?.slice(0, 2) ?? keyRange) as [number, number]
      const value = valueNode && typeof valueNode.toJSON === 'function' ? valueNode.toJSON() : (valueNode as unknown)
      const itemStarts = valueNode?.items?.map((item) => item.range?.[0] ?? valueRange[0])
      return {key, keyRange, value, valueRange, ...(itemStarts ? {itemStarts} : {})}
    })
  }
}

export async function parseFrontMatter(
  text: string,
  options: {platforms: readonly string[]; ruleIds: readonly string[]; locale?: Locale}
): Promise<ParsedFrontMatter> {
  const locale = options.locale ?? 'en'
  const opening = OPENING.exec(text)
  if (!opening) return {data: {}, end: 0, problems: []}
  const bodyStart = opening[0].length
  const closing = CLOSING.exec(text.slice(bodyStart))
  if (!closing) {
    return {
      data: {},
      end: 0,
      problems: [{message: TEXTS.notClosed[locale], start: 0, end: 3, severity: 2, fatal: true}]
    }
  }
  const bodyEnd = bodyStart + closing.index
  const end = bodyEnd + closing[0].length
  const body = text.slice(bodyStart, bodyEnd)
  const simple = readSimple(body)
  const read: Read = simple ? {pairs: simple} : await readYaml(body, locale)
  if ('problem' in read) {
    const {message, from, to} = read.problem
    return {data: {}, end, problems: [{message, start: bodyStart + from, end: bodyStart + Math.max(to, from + 1), severity: 2, fatal: true}]}
  }

  const checks: Record<Exclude<keyof FrontMatter, 'mediaAt'>, FieldCheck> = {
    platform: {values: options.platforms.join(', '), accept: (v) => options.platforms.includes(v as string)},
    lang: {values: LANGUAGES.join(', '), accept: isLanguageCode},
    author: {accept: (v) => typeof v === 'string' && v.length > 0},
    reply: {accept: (v) => typeof v === 'boolean'},
    disable: {
      values: options.ruleIds.join(', '),
      accept: (v) => (Array.isArray(v) ? v : [v]).every((id) => options.ruleIds.includes(id as string))
    },
    kind: {accept: (v) => v === 'post' || v === 'profile'},
    date: {accept: (v) => typeof v === 'string' || typeof v === 'number'},
    scheduled: {accept: (v) => typeof v === 'string'},
    media: {accept: (v) => Array.isArray(v)}
  }

  const problems: FrontMatterProblem[] = []
  const data: Record<string, unknown> = {}
  for (const {key, keyRange, value, valueRange, itemStarts} of read.pairs) {
    const [from, to] = valueRange
    const check = (checks as Record<string, FieldCheck | undefined>)[key]
    if (!check) {
      problems.push({
        message: fill(TEXTS.unknownKey, {key, keys: Object.keys(checks).join(', ')}, locale),
        start: bodyStart + keyRange[0],
        end: bodyStart + keyRange[1],
        severity: 1
      })
    } else if (!check.accept(value)) {
      problems.push({
        message: fill(TEXTS.wrongValue, {key, value: JSON.stringify(value), expected: fill(EXPECTED[key as keyof typeof EXPECTED], {values: check.values ?? ''}, locale)}, locale),
        start: bodyStart + from,
        end: bodyStart + Math.max(to, from + 1),
        severity: 2
      })
    } else {
      data[key] = key === 'disable' && !Array.isArray(value) ? [value] : typeof value === 'number' ? String(value) : value
      if (key === 'media' && itemStarts) data.mediaAt = itemStarts.map((at) => bodyStart + at)
    }
  }
  return {data: data as FrontMatter, end, problems}
}
