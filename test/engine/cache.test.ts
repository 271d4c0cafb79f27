// The drafts' cache (--cache), in-process: what makes an entry a hit, what sets a file or
// an entry aside, and how it is saved. test/faults/cache.test.ts checks the same through
// the CLI, which mutation testing cannot see.
import {existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {PostContext} from '../../rules/types.js'
import type {ResolvedConfig} from '../../src/config/load.js'
import {entrySum, openCache} from '../../src/engine/cache.js'
import type {Diagnostic} from '../../src/results.js'

const VERSION = '9.9.9'
const config = (lang: string) => ({filepath: undefined, lang, languages: ['en'], platform: undefined, account: undefined, values: undefined, rules: {}, ignorePatterns: []}) as unknown as ResolvedConfig
const EN = config('en')
const TEXT = 'We will will fund the new clinic.\n'
const MESSAGES: Diagnostic[] = [{ruleId: 'redundancy', severity: 1, message: '“will” is written twice in a row. Remove one.', line: 1, column: 9, endLine: 1, endColumn: 14}]
const LINTED = {messages: MESSAGES, lang: 'en'}

type Saved = {version: string; entries: Record<string, Record<string, unknown>>}

function folder() {
  const root = mkdtempSync(path.join(tmpdir(), 'parllint-cache-'))
  return {root, location: path.join(root, '.parllintcache'), draft: path.join(root, 'a.txt')}
}

/** A cache saved with one entry for a.txt, then read back as a later run would. */
function savedOnce(summaries?: [Record<string, unknown>, PostContext], learned?: string) {
  const where = folder()
  const cache = openCache(where.location, VERSION)
  cache.set(where.draft, TEXT, EN, 'en', LINTED, summaries, learned)
  expect(cache.save()).toBeUndefined()
  return where
}

const readSaved = (location: string) => JSON.parse(readFileSync(location, 'utf8')) as Saved
const rewrite = (location: string, change: (data: Saved) => void) => {
  const data = readSaved(location)
  change(data)
  writeFileSync(location, JSON.stringify(data))
}

describe('a hit', () => {
  it('returns the messages and language a later run saved, for the same draft, config and locale', () => {
    const {location, draft} = savedOnce()
    expect(openCache(location, VERSION).get(draft, TEXT, EN, 'en')).toEqual({messages: MESSAGES, lang: 'en'})
  })

  it('returns the rules’ summaries with the post’s date, typed arrays read back as plain arrays', () => {
    const summaries = {'cross-post': {signature: new Uint32Array([7, 42])}}
    const {location, draft} = savedOnce([summaries, {date: '2026-03-01'} as PostContext])
    expect(openCache(location, VERSION).get(draft, TEXT, EN, 'en')).toEqual({messages: MESSAGES, lang: 'en', summaries: [{'cross-post': {signature: [7, 42]}}, {date: '2026-03-01'}]})
  })

  it('is found by the draft’s path relative to the cache, so a moved project keeps its cache', () => {
    const {location} = savedOnce()
    expect(Object.keys(readSaved(location).entries)).toEqual(['a.txt'])
  })

  it('works for a draft named like an Object.prototype property', () => {
    const {root, location} = folder()
    const cache = openCache(location, VERSION)
    cache.set(path.join(root, '__proto__'), TEXT, EN, 'en', LINTED)
    cache.save()
    expect(openCache(location, VERSION).get(path.join(root, '__proto__'), TEXT, EN, 'en')).toEqual(LINTED)
  })
})

describe('a miss: the draft is linted again', () => {
  it('when the text changed', () => {
    const {location, draft} = savedOnce()
    expect(openCache(location, VERSION).get(draft, 'We will fund the new clinic.\n', EN, 'en')).toBeUndefined()
  })

  it('when the resolved config’s content changed (a new object of the same content is the same config)', () => {
    const {location, draft} = savedOnce()
    const cache = openCache(location, VERSION)
    expect(cache.get(draft, TEXT, config('es'), 'en')).toBeUndefined()
    // A new object with the same content is the same config.
    expect(cache.get(draft, TEXT, config('en'), 'en')).toEqual(LINTED)
  })

  it('when the messages’ locale changed, since they are kept as written', () => {
    const {location, draft} = savedOnce()
    expect(openCache(location, VERSION).get(draft, TEXT, EN, 'fr')).toBeUndefined()
  })

  it('when what rules learned from published posts changed, or was learned only now', () => {
    const {location, draft} = savedOnce(undefined, 'learned-1')
    const cache = openCache(location, VERSION)
    expect(cache.get(draft, TEXT, EN, 'en', 'learned-1')).toEqual(LINTED)
    expect(cache.get(draft, TEXT, EN, 'en', 'learned-2')).toBeUndefined()
    expect(cache.get(draft, TEXT, EN, 'en')).toBeUndefined()
  })

  it('when the draft has no entry', () => {
    const {root, location} = savedOnce()
    expect(openCache(location, VERSION).get(path.join(root, 'b.txt'), TEXT, EN, 'en')).toBeUndefined()
  })
})

describe('a cache file or entry that cannot be trusted is set aside, never thrown on', () => {
  it('ignores a cache written by another parllint version', () => {
    const {location, draft} = savedOnce()
    expect(openCache(location, '10.0.0').get(draft, TEXT, EN, 'en')).toBeUndefined()
  })

  for (const [name, content] of Object.entries({'not JSON': '{"version": ', 'a list': '[]', null: 'null', 'entries that are a list': `{"version": "${VERSION}", "entries": [{}]}`})) {
    it(`starts afresh from a file holding ${name}`, () => {
      const {location, draft} = folder()
      writeFileSync(location, content)
      const cache = openCache(location, VERSION)
      expect(cache.get(draft, TEXT, EN, 'en')).toBeUndefined()
      expect(cache.save()).toBeUndefined()
      expect(readSaved(location)).toEqual({version: VERSION, entries: {}})
    })
  }

  it('keeps the good entries of a file and drops those that are not objects when it saves again', () => {
    const {location, draft} = savedOnce()
    rewrite(location, (data) => Object.assign(data.entries, {'b.txt': 5, 'c.txt': null, 'd.txt': ['x'], 'e.txt': 'x'}))
    const cache = openCache(location, VERSION)
    expect(cache.get(draft, TEXT, EN, 'en')).toEqual(LINTED)
    cache.save()
    expect(Object.keys(readSaved(location).entries)).toEqual(['a.txt'])
  })

  // The seal covers every field rules read back; an edit to any one of them sets the entry aside.
  const tampered: Record<string, (entry: Record<string, unknown>) => void> = {
    'its messages were emptied': (entry) => (entry.messages = []),
    'its language was changed': (entry) => (entry.lang = 'fr'),
    'its summaries were changed': (entry) => (entry.summaries = {'cross-post': {signature: [1, 2]}}),
    'its date was changed': (entry) => (entry.date = '2020-01-01'),
    'its date was removed': (entry) => (entry.date = undefined),
    'its seal was replaced': (entry) => (entry.sum = 'f'.repeat(40))
  }
  for (const [edit, change] of Object.entries(tampered)) {
    it(`does not use an entry when, by hand, ${edit}`, () => {
      const {location, draft} = savedOnce([{'cross-post': {signature: [7, 42]}}, {date: '2026-03-01'} as PostContext])
      rewrite(location, (data) => change(data.entries['a.txt']!))
      expect(openCache(location, VERSION).get(draft, TEXT, EN, 'en')).toBeUndefined()
    })
  }

  it('seals an entry with the hash of its key, messages, language, summaries and date', () => {
    const {location} = savedOnce([{'cross-post': {signature: [7]}}, {date: '2026-03-01'} as PostContext])
    const {sum, ...entry} = readSaved(location).entries['a.txt']! as Parameters<typeof entrySum>[0] & {sum: string}
    expect(sum).toBe(entrySum(entry))
    expect(sum).toMatch(/^[0-9a-f]{40}$/u)
    expect(entrySum({...entry, summaries: undefined})).not.toBe(sum)
    expect(entrySum({...entry, date: undefined})).not.toBe(sum)
  })
})

describe('saving', () => {
  it('writes a temporary file beside the cache and renames it over, never writing into the old file', () => {
    const {root, location, draft} = savedOnce()
    // A second name for the old file: a rename leaves it as it was, a write in place would change it.
    linkSync(location, path.join(root, 'old-cache'))
    const before = readFileSync(location, 'utf8')
    const cache = openCache(location, VERSION)
    cache.set(draft, 'Another text.\n', EN, 'en', LINTED)
    expect(cache.save()).toBeUndefined()
    expect(readFileSync(path.join(root, 'old-cache'), 'utf8')).toBe(before)
    expect(readFileSync(location, 'utf8')).not.toBe(before)
    expect(readdirSync(root).sort()).toEqual(['.parllintcache', 'old-cache'])
  })

  it('says in the user’s locale why it could not save, and leaves no temporary file', () => {
    const {root} = folder()
    const location = path.join(root, 'missing', '.parllintcache')
    const cache = openCache(location, VERSION)
    cache.set(path.join(root, 'a.txt'), TEXT, EN, 'en', LINTED)
    expect(cache.save()).toBe('The cache was not saved (the folder does not exist); the next run lints every draft again.')
    expect(cache.save('pt')).toBe('O cache não foi salvo (a pasta não existe); a próxima execução vai verificar todos os rascunhos de novo.')
    expect(existsSync(path.join(root, 'missing'))).toBe(false)
  })
})
