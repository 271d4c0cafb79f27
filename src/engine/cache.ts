// --cache: a draft whose text, resolved config and parllint version are unchanged
// is not linted again. The cache keeps each draft's messages and the summaries
// its cross-post rules kept, so those rules still compare every draft. It is
// written to a temporary file and renamed, so parallel runs (pre-commit) never
// leave a torn file: the last one to finish wins.
import {createHash} from 'node:crypto'
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {PostContext} from '../../rules/types.js'
import {inWords} from '../fs-errors.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import type {ResolvedConfig} from '../config/load.js'
import type {Diagnostic} from '../results.js'
import {TEXTS} from './texts.js'

// `sum` seals an entry: a cache file of another shape, or an entry changed by hand, is set
// aside (its drafts are linted again) rather than trusted, since rules read the summaries back.
type Entry = {key: string; messages: Diagnostic[]; lang: string; summaries?: Record<string, unknown>; date?: string; sum: string}
type CacheFile = {version: string; entries: Record<string, Entry>}

export type Cached = {messages: Diagnostic[]; lang: string; summaries?: [Record<string, unknown>, Pick<PostContext, 'date'>]}

export function entrySum(entry: Omit<Entry, 'sum'>): string {
  return createHash('sha1').update(JSON.stringify([entry.key, entry.messages, entry.lang, entry.summaries ?? null, entry.date ?? null])).digest('hex')
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function openCache(location: string, version: string) {
  // A Map, so a draft named "__proto__" is a key like any other.
  const entries = new Map<string, Entry>()
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as unknown
    if (isObject(data) && data.version === version && isObject(data.entries)) {
      for (const [file, entry] of Object.entries(data.entries)) if (isObject(entry)) entries.set(file, entry as Entry)
    }
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  const configKeys = new WeakMap<ResolvedConfig, string>()
  // Messages are kept as written, so the locale they are written in is part of the key, and so
  // is the key of what rules learned from published posts (history, opponents), when they did.
  const keyOf = (text: string, config: ResolvedConfig, locale: string, learned = '') => {
    let configKey = configKeys.get(config)
    if (configKey === undefined) {
      configKey = createHash('sha1').update(JSON.stringify(config)).digest('hex')
      configKeys.set(config, configKey)
    }
    return `${createHash('sha1').update(text).digest('hex')}:${configKey}:${locale}${learned && `:${learned}`}`
  }
  const base = path.dirname(location)
  const name = (file: string) => path.relative(base, file)

  return {
    get(file: string, text: string, config: ResolvedConfig, locale: string, learned?: string): Cached | undefined {
      const entry = entries.get(name(file))
      if (!entry || entry.key !== keyOf(text, config, locale, learned) || entry.sum !== entrySum(entry)) return undefined
      return {messages: entry.messages, lang: entry.lang, ...(entry.summaries ? {summaries: [entry.summaries, {date: entry.date}]} : {})}
    },
    set(file: string, text: string, config: ResolvedConfig, locale: string, linted: {messages: Diagnostic[]; lang: string}, summaries?: [Record<string, unknown>, PostContext], learned?: string) {
      const entry = {
        key: keyOf(text, config, locale, learned),
        ...linted,
        ...(summaries ? {summaries: toPlain(summaries[0]), ...(summaries[1].date ? {date: summaries[1].date} : {})} : {})
      }
      entries.set(name(file), {...entry, sum: entrySum(entry)})
    },
    /** Writes the cache; says why it could not, in `locale`. */
    save(locale: Locale = 'en'): string | undefined {
      const temporary = `${location}.${process.pid}.tmp`
      try {
        writeFileSync(temporary, JSON.stringify({version, entries: Object.fromEntries(entries)} satisfies CacheFile))
        renameSync(temporary, location)
        return undefined
      } catch (error) {
        return fill(TEXTS.cacheNotSaved, {why: inWords(error, locale, true)}, locale)
      }
    }
  }
}

// Typed arrays (MinHash signatures) become plain arrays, which the rules read the same way.
function toPlain(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (ArrayBuffer.isView(item) ? Array.from(item as Uint32Array) : item))) as Record<string, unknown>
}
