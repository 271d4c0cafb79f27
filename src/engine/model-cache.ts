// --cache keeps what rules learned from the office's and its opponents' posts in
// a file of its own beside the drafts' cache (<cache-location>-learned), keyed by
// the content of every post learned from. Only the models this run used are
// written back, so the file holds one entry per office config, not a history.
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {inWords} from '../fs-errors.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {TEXTS} from './texts.js'

type CacheFile = {version: string; entries: Record<string, Record<string, unknown>>}

export function modelCacheLocation(cacheLocation: string): string {
  return `${cacheLocation}-learned`
}

export function openModelCache(location: string, version: string) {
  let entries: CacheFile['entries'] = {}
  try {
    const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile
    // Entries of another shape (null, a hand edit) would make every get() throw.
    if (data.version === version && typeof data.entries === 'object' && data.entries !== null) entries = data.entries
  } catch {
    // No cache yet, or an unreadable one: learn afresh.
  }
  const used: CacheFile['entries'] = {}
  return {
    get(key: string): Record<string, unknown> | undefined {
      const models = entries[key]
      if (models) used[key] = models
      return models
    },
    set(key: string, models: Record<string, unknown>) {
      used[key] = models
    },
    /** Writes what this run used, when it changed; says why it could not, in `locale`. */
    save(locale: Locale = 'en'): string | undefined {
      const keys = Object.keys(used)
      if (keys.length === 0 || (keys.length === Object.keys(entries).length && keys.every((key) => key in entries))) return undefined
      const temporary = `${location}.${process.pid}.tmp`
      try {
        writeFileSync(temporary, JSON.stringify({version, entries: used} satisfies CacheFile))
        renameSync(temporary, location)
        return undefined
      } catch (error) {
        return fill(TEXTS.learnedNotCached, {why: inWords(error, locale, true)}, locale)
      }
    }
  }
}
