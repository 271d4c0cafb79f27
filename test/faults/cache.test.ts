// Issue 21, item 4: a cache file that is valid JSON of another shape (or an entry altered by
// hand) is set aside, not trusted: the run lints the drafts, writes its whole report, and
// saves a good cache. Before, every run failed with an internal error until someone deleted it.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

type CacheFile = {version: string; entries: Record<string, Record<string, unknown>>}

describe('item 4: a cache file of another shape', () => {
  const root = makeTree({
    'a.txt': 'We will will fund the new clinic in our district this year.\n',
    'b.txt': 'We will will fund the new clinic in our district this year.\n',
    'c.txt': 'The senator is a bitch.\n'
  })
  const cacheFile = path.join(root, '.parllintcache')
  const lint = () => runCli(['.', '--cache', '-f', 'json', '-o', 'report.json'], {cwd: root})
  const first = lint()
  const clean = readFileSync(path.join(root, 'report.json'), 'utf8')
  const good = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile
  const withEntry = (change: (entry: Record<string, unknown>) => void) => {
    const copy = structuredClone(good)
    change(copy.entries['a.txt']!)
    return JSON.stringify(copy)
  }

  const shapes: Record<string, string> = {
    'a list': '[]',
    null: 'null',
    'a string': '"cache"',
    'no entries': JSON.stringify({version: good.version}),
    'entries that are null': JSON.stringify({version: good.version, entries: null}),
    'entries that are a string': JSON.stringify({version: good.version, entries: 'x'}),
    'entries that are a list': JSON.stringify({version: good.version, entries: []}),
    'an entry that is a number': JSON.stringify({version: good.version, entries: {'a.txt': 5}}),
    'messages that are not a list': withEntry((entry) => (entry.messages = 7)),
    'a message that is not a message': withEntry((entry) => (entry.messages = [{line: 'one'}])),
    'summaries of another shape': withEntry((entry) => (entry.summaries = {redundancy: 5})),
    'a date that is a number': withEntry((entry) => (entry.date = 5))
  }

  it('was written by the first run, which found the problems', () => {
    expect(first.code).toBe(1)
    expect(good.entries['a.txt']!.summaries).toBeDefined()
  })

  for (const [name, content] of Object.entries(shapes)) {
    it(`is set aside when it holds ${name}`, () => {
      writeFileSync(cacheFile, content)
      const run = lint()
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      expect(readFileSync(path.join(root, 'report.json'), 'utf8')).toBe(clean)
      const saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile
      expect(Object.keys(saved.entries).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
    })
  }
})
