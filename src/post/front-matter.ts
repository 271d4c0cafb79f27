// Optional YAML front matter at the top of a draft. It is not prose: the engine
// blanks it out, and every problem in it points at the file as written.
import type * as Yaml from 'yaml'
import type {Language, Platform} from '../../rules/types.js'

export type FrontMatter = {
  platform?: Platform
  lang?: Language
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

type FieldCheck = {expected: string; accept: (value: unknown) => boolean}

let yaml: typeof Yaml | undefined

export async function parseFrontMatter(
  text: string,
  options: {languages: readonly string[]; platforms: readonly string[]; ruleIds: readonly string[]}
): Promise<ParsedFrontMatter> {
  const opening = OPENING.exec(text)
  if (!opening) return {data: {}, end: 0, problems: []}
  // The YAML parser loads only once a draft has front matter.
  yaml ??= await import('yaml')
  const {isMap, isScalar, parseDocument} = yaml
  const bodyStart = opening[0].length
  const closing = CLOSING.exec(text.slice(bodyStart))
  if (!closing) {
    return {
      data: {},
      end: 0,
      problems: [{message: 'Front matter is not closed: add a line with only "---" after it.', start: 0, end: 3, severity: 2, fatal: true}]
    }
  }
  const bodyEnd = bodyStart + closing.index
  const end = bodyEnd + closing[0].length
  const problems: FrontMatterProblem[] = []
  const document = parseDocument(text.slice(bodyStart, bodyEnd), {prettyErrors: false})

  if (document.errors.length > 0) {
    const error = document.errors[0]!
    const [from, to] = error.pos
    problems.push({
      message: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      start: bodyStart + from,
      end: bodyStart + Math.max(to, from + 1),
      severity: 2,
      fatal: true
    })
    return {data: {}, end, problems}
  }
  if (document.contents === null) return {data: {}, end, problems}
  if (!isMap(document.contents)) {
    problems.push({message: 'Front matter must be "key: value" lines.', start: bodyStart, end: bodyEnd, severity: 2, fatal: true})
    return {data: {}, end, problems}
  }

  const checks: Record<Exclude<keyof FrontMatter, 'mediaAt'>, FieldCheck> = {
    platform: {expected: `one of ${options.platforms.join(', ')}`, accept: (v) => options.platforms.includes(v as string)},
    lang: {expected: `one of ${options.languages.join(', ')}`, accept: (v) => options.languages.includes(v as string)},
    author: {expected: 'self, staff, or the writer’s initials', accept: (v) => typeof v === 'string' && v.length > 0},
    reply: {expected: 'true or false', accept: (v) => typeof v === 'boolean'},
    disable: {
      expected: `rule ids (${options.ruleIds.join(', ')})`,
      accept: (v) => (Array.isArray(v) ? v : [v]).every((id) => options.ruleIds.includes(id as string))
    },
    kind: {expected: 'post or profile', accept: (v) => v === 'post' || v === 'profile'},
    date: {expected: 'a date such as 2026-03-02', accept: (v) => typeof v === 'string' || typeof v === 'number'},
    scheduled: {expected: 'a date and time such as 2026-03-02T09:00', accept: (v) => typeof v === 'string'},
    media: {expected: 'a list of {file, alt}', accept: (v) => Array.isArray(v)}
  }

  const data: Record<string, unknown> = {}
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const keyRange: readonly number[] = isScalar(pair.key) && pair.key.range ? pair.key.range : [0, 0]
    const valueNode = pair.value as {range?: [number, number, number]; toJSON?: () => unknown} | null
    const [from, to] = (valueNode?.range ?? keyRange) as [number, number]
    const [keyFrom, keyTo] = keyRange as [number, number]
    const value = valueNode && typeof valueNode.toJSON === 'function' ? valueNode.toJSON() : (valueNode as unknown)
    const check = (checks as Record<string, FieldCheck | undefined>)[key]
    if (!check) {
      problems.push({
        message: `Unknown front matter key "${key}" (ignored). Known keys: ${Object.keys(checks).join(', ')}.`,
        start: bodyStart + keyFrom,
        end: bodyStart + keyTo,
        severity: 1
      })
    } else if (!check.accept(value)) {
      problems.push({
        message: `Front matter "${key}" is ${JSON.stringify(value)}; expected ${check.expected}.`,
        start: bodyStart + from,
        end: bodyStart + Math.max(to, from + 1),
        severity: 2
      })
    } else {
      data[key] = key === 'disable' && !Array.isArray(value) ? [value] : typeof value === 'number' ? String(value) : value
      if (key === 'media' && valueNode && 'items' in valueNode) {
        data.mediaAt = (valueNode.items as {range?: [number, number, number]}[]).map((item) => bodyStart + (item.range?.[0] ?? from))
      }
    }
  }
  return {data: data as FrontMatter, end, problems}
}
