// The cache of what rules learned (<cache>-learned), in-process: what a later run finds in
// it, when a run writes it back (only when the models it used changed), and how it says it
// could not. test/learning.test.ts checks it through the CLI, which mutation testing cannot see.
import {existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {modelCacheLocation, openModelCache} from '../../src/engine/model-cache.js'

const VERSION = '9.9.9'
const MODELS_A = {'value-coherence': {positions: [{topic: 'abortion rights', office: ['care'], opponents: ['unborn']}]}}
const MODELS_B = {'value-coherence': {positions: []}}

/** A folder holding a model cache written by hand (pretty-printed, so a rewrite shows). */
function withFile(entries: Record<string, unknown> | undefined, version = VERSION) {
  const root = mkdtempSync(path.join(tmpdir(), 'parllint-models-'))
  const location = path.join(root, '.parllintcache-learned')
  const content = `${JSON.stringify({version, entries}, null, 2)}\n`
  if (entries) writeFileSync(location, content)
  return {root, location, content}
}

const saved = (location: string) => JSON.parse(readFileSync(location, 'utf8')) as unknown

it('lives beside the drafts’ cache, with "-learned" after its name', () => {
  expect(modelCacheLocation('/work/office/.parllintcache')).toBe('/work/office/.parllintcache-learned')
})

describe('reading', () => {
  it('finds the models a run of the same version saved, by key', () => {
    const {location} = withFile({a: MODELS_A, b: MODELS_B})
    const cache = openModelCache(location, VERSION)
    expect(cache.get('a')).toEqual(MODELS_A)
    expect(cache.get('b')).toEqual(MODELS_B)
    expect(cache.get('c')).toBeUndefined()
  })

  it('ignores models another parllint version learned, since it may learn differently', () => {
    const {location} = withFile({a: MODELS_A}, '10.0.0')
    expect(openModelCache(location, VERSION).get('a')).toBeUndefined()
  })

  for (const [name, content] of Object.entries({'not JSON': '{"version": ', null: 'null', 'entries that are null': `{"version": "${VERSION}", "entries": null}`})) {
    it(`learns afresh, without throwing, from a file holding ${name}`, () => {
      const {location} = withFile(undefined)
      writeFileSync(location, content)
      const cache = openModelCache(location, VERSION)
      expect(cache.get('a')).toBeUndefined()
      cache.set('a', MODELS_A)
      expect(cache.save()).toBeUndefined()
      expect(saved(location)).toEqual({version: VERSION, entries: {a: MODELS_A}})
    })
  }

  it('starts empty when there is no file yet', () => {
    const {location} = withFile(undefined)
    expect(openModelCache(location, VERSION).get('a')).toBeUndefined()
  })
})

describe('saving: only the models this run used, and only when they changed', () => {
  it('writes what was learned, by renaming a temporary file over the cache', () => {
    const {root, location, content} = withFile({old: MODELS_B})
    // A second name for the old file: a rename leaves it as it was, a write in place would change it.
    linkSync(location, path.join(root, 'old'))
    const cache = openModelCache(location, VERSION)
    cache.set('a', MODELS_A)
    expect(cache.save()).toBeUndefined()
    expect(saved(location)).toEqual({version: VERSION, entries: {a: MODELS_A}})
    expect(readFileSync(path.join(root, 'old'), 'utf8')).toBe(content)
    expect(readdirSync(root).sort()).toEqual(['.parllintcache-learned', 'old'])
  })

  it('writes nothing when the run used no models', () => {
    const {location, content} = withFile({a: MODELS_A})
    expect(openModelCache(location, VERSION).save()).toBeUndefined()
    expect(readFileSync(location, 'utf8')).toBe(content)
    const none = withFile(undefined)
    expect(openModelCache(none.location, VERSION).save()).toBeUndefined()
    expect(existsSync(none.location)).toBe(false)
  })

  it('writes nothing when the run used exactly the models the file holds', () => {
    const {location, content} = withFile({a: MODELS_A, b: MODELS_B})
    const cache = openModelCache(location, VERSION)
    cache.get('a')
    cache.get('b')
    expect(cache.save()).toBeUndefined()
    expect(readFileSync(location, 'utf8')).toBe(content)
  })

  it('drops the models this run did not use (an office config that changed), so the file holds no history', () => {
    const {location} = withFile({a: MODELS_A, b: MODELS_B})
    const cache = openModelCache(location, VERSION)
    cache.get('a')
    cache.get('c')
    expect(cache.save()).toBeUndefined()
    expect(saved(location)).toEqual({version: VERSION, entries: {a: MODELS_A}})
  })

  it('rewrites the file when the run used as many models as it holds, but not the same ones', () => {
    const {location} = withFile({a: MODELS_A, b: MODELS_B})
    const cache = openModelCache(location, VERSION)
    cache.get('a')
    cache.set('c', MODELS_B)
    expect(cache.save()).toBeUndefined()
    expect(saved(location)).toEqual({version: VERSION, entries: {a: MODELS_A, c: MODELS_B}})
  })

  it('says in the user’s locale why it could not save', () => {
    const {root} = withFile(undefined)
    const cache = openModelCache(path.join(root, 'missing', 'cache-learned'), VERSION)
    cache.set('a', MODELS_A)
    expect(cache.save()).toBe('What was learned from the office\'s and its opponents\' posts was not cached (the folder does not exist); the next run learns it again.')
    expect(cache.save('es')).toBe(
      'Lo aprendido de las publicaciones del despacho y de sus adversarios no se guardó en caché (la carpeta no existe); la próxima ejecución volverá a aprenderlo.'
    )
    expect(readdirSync(root)).toEqual([])
  })
})
