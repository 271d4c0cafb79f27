// lintSources in-process: a folder of real drafts, linted with small stand-in rules.
// What each file's result holds, in what order results and progress arrive, what makes
// the run fail, fixing, caching and published posts (history).
import {chmodSync, readFileSync, utimesSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {RuleModule} from '../../rules/types.js'
import {ConfigError, type ResolvedConfig} from '../../src/config/load.js'
import {openCache} from '../../src/engine/cache.js'
import {lintSources, type Source} from '../../src/engine/run.js'
import {inEveryLocale} from '../../src/lang/messages.js'
import type {LintResult} from '../../src/results.js'
import {makeTree} from '../helpers/tmp.js'
import {configOf, countsPosts, crashingRule, sameStart, substringRule} from './fixtures.js'

type RunOptions = Omit<Parameters<typeof lintSources>[1], 'rules' | 'resolver' | 'isIgnored' | 'onResult'> & {
  config?: ResolvedConfig
  resolver?: Parameters<typeof lintSources>[1]['resolver']
  isIgnored?: Parameters<typeof lintSources>[1]['isIgnored']
}

/** Lints `sources` with `rules`; returns the outcome, the results by name relative to `root`, and what was said in order. */
async function run(root: string, sources: readonly Source[], rules: readonly RuleModule[], options: RunOptions = {}) {
  const config = options.config ?? configOf(rules)
  const results: LintResult[] = []
  const events: string[] = []
  const outcome = await lintSources(sources, {
    resolver: {forFile: async () => config},
    isIgnored: async () => false,
    cwd: root,
    ...options,
    rules,
    onProgress: (done) => events.push(`progress ${done}`),
    onResult: (result) => {
      events.push(`result ${path.relative(root, result.filePath)}`)
      results.push(result)
    }
  })
  const byName = Object.fromEntries(results.map((result) => [path.relative(root, result.filePath), result]))
  return {outcome, results, byName, events}
}

const files = (root: string, ...names: string[]): Source[] => names.map((name) => ({path: path.join(root, name), explicit: false}))
const fileLevel = (severity: 1 | 2, message: string) => ({ruleId: null, severity, ...(severity === 2 ? {fatal: true} : {}), message, line: 0, column: 0})

const BINARY = 'This file is binary, not a text draft: parllint lints .txt and .md drafts only.'
const IGNORED = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.'

describe('lintSources: a folder of drafts', () => {
  it('reports each draft as soon as it is linted, in order, with its progress, when no rule compares posts', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({'a.txt': 'A bad day.', 'b.txt': 'All good.\nbad again, bad.'})
    const {outcome, results, events} = await run(root, files(root, 'a.txt', 'b.txt'), [rule])
    expect(outcome).toEqual({errors: [], failed: false, processorCount: 1})
    expect(events).toEqual(['progress 1', 'result a.txt', 'progress 2', 'result b.txt'])
    const found = (line: number, column: number) => ({ruleId: 'find-bad', messageId: 'found', severity: 1, message: 'Found “bad”.', line, column, endLine: line, endColumn: column + 3})
    expect(results.map((result) => result.messages)).toEqual([[found(1, 3)], [found(2, 1), found(2, 12)]])
    // Nothing was asked to be fixed, so no result carries an output, though the problems are fixable.
    expect(results.map((result) => 'output' in result)).toEqual([false, false])
  })

  it('lints a .md draft as Markdown and any other name (even "notes.md.txt") as plain text', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({'a.md': 'Code `bad` here.', 'notes.md.txt': 'Code `bad` here.'})
    const {byName} = await run(root, files(root, 'a.md', 'notes.md.txt'), [rule])
    expect(byName['a.md']!.messages).toEqual([])
    expect(byName['notes.md.txt']!.messages).toEqual([expect.objectContaining({ruleId: 'find-bad', line: 1, column: 7})])
  })

  it('reports a file it cannot lint (given problem, binary, unreadable, an overlong word) on that file alone, fails the run, and lints the others', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({
      'a.txt': 'Budget bad.',
      'binary.txt': Buffer.from([0x42, 0x00, 0x01]),
      'long.txt': `Intro line\nsee ${'x'.repeat(4001)} there`,
      'b.txt': 'Budget again.'
    })
    const sources: Source[] = [
      {path: path.join(root, 'given.txt'), explicit: true, problem: 'No such file.'},
      ...files(root, 'a.txt', 'binary.txt', 'missing.txt', 'long.txt', 'b.txt')
    ]
    // A rule that compares posts is on, so the last draft gets a finding: the files that
    // could not be linted must not pick it up.
    const {outcome, byName, results} = await run(root, sources, [rule, sameStart])
    expect(outcome.failed).toBe(true)
    expect(outcome.errors).toEqual([])
    expect(results.map((result) => path.relative(root, result.filePath))).toEqual(['given.txt', 'a.txt', 'binary.txt', 'missing.txt', 'long.txt', 'b.txt'])
    expect(byName['given.txt']!.messages).toEqual([fileLevel(2, 'No such file.')])
    expect(byName['binary.txt']!.messages).toEqual([fileLevel(2, BINARY)])
    expect(byName['missing.txt']!.messages).toEqual([fileLevel(2, 'Cannot read this file (it does not exist).')])
    expect(byName['long.txt']!.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message:
          'This word or link is 4,001 characters long, over parllint’s limit of 4,000 (no post can show one that long), so this draft was not linted. Shorten it or remove it.',
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 4006
      }
    ])
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({ruleId: 'find-bad', line: 1, column: 8})])
    expect(byName['b.txt']!.messages).toEqual([{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like a.txt.', line: 1, column: 1}])
  })

  it('fails the run for any one file it cannot lint, alone among clean drafts', async () => {
    const root = makeTree({'clean.txt': 'All good.', 'binary.txt': Buffer.from([0x42, 0x00, 0x01]), 'long.txt': 'x'.repeat(4001)})
    const cannot: Record<string, Source> = {
      'a problem found before linting': {path: path.join(root, 'given.txt'), explicit: true, problem: 'No such file.'},
      'a binary file': files(root, 'binary.txt')[0]!,
      'a missing file': files(root, 'missing.txt')[0]!,
      'an overlong word': files(root, 'long.txt')[0]!
    }
    for (const [why, source] of Object.entries(cannot)) {
      const {outcome} = await run(root, [...files(root, 'clean.txt'), source], [])
      expect({why, failed: outcome.failed}).toEqual({why, failed: true})
    }
    expect((await run(root, files(root, 'clean.txt'), [])).outcome.failed).toBe(false)
  })

  it('says why in the run’s locale', async () => {
    const root = makeTree({'binary.txt': Buffer.from([0x42, 0x00, 0x01])})
    const fromDisk = await run(root, files(root, 'binary.txt'), [], {locale: 'fr'})
    const fromBytes = await run(root, [{path: path.join(root, 'typed.txt'), explicit: false, bytes: new Uint8Array([0x42, 0x00, 0x01])}], [], {locale: 'fr'})
    for (const {results} of [fromDisk, fromBytes]) {
      expect(results[0]!.messages).toEqual([fileLevel(2, 'Ce fichier est binaire, ce n’est pas un brouillon en texte : parllint ne vérifie que les brouillons .txt et .md.')])
    }
  })

  it('reports an ignored file named on the command line as a warning without failing, and lints an ignored file found in a folder', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({'named.txt': 'bad', 'found.txt': 'bad'})
    const asked: unknown[][] = []
    const sources: Source[] = [
      {path: path.join(root, 'named.txt'), explicit: true},
      {path: path.join(root, 'found.txt'), explicit: false}
    ]
    const isIgnored = async (...args: [string, boolean]) => {
      asked.push(args)
      return true
    }
    const {outcome, byName} = await run(root, sources, [rule], {isIgnored})
    expect(outcome.failed).toBe(false)
    expect(byName['named.txt']).toMatchObject({ignored: true, warningCount: 1, errorCount: 0})
    // A warning, not fatal: the run does not fail for it.
    expect(byName['named.txt']!.messages).toStrictEqual([{ruleId: null, severity: 1, message: IGNORED, line: 0, column: 0}])
    expect(byName['found.txt']!.messages).toEqual([expect.objectContaining({ruleId: 'find-bad'})])
    // Asked about a file, not a folder.
    expect(asked).toEqual([[path.join(root, 'named.txt'), false]])
  })

  it('says a config error once for the run, in its locale, and gives no result for the drafts it concerns', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({'bad-config/a.txt': 'bad', 'bad-config/b.txt': 'bad', 'c.txt': 'bad'})
    const config = configOf([rule])
    const resolver = {
      forFile: async (file: string) => {
        if (file.includes('bad-config')) throw new ConfigError(inEveryLocale((locale) => `Broken config (${locale}).`))
        return config
      }
    }
    const {outcome, results} = await run(root, files(root, 'bad-config/a.txt', 'bad-config/b.txt', 'c.txt'), [rule], {resolver, locale: 'es'})
    expect(outcome.errors).toEqual(['Broken config (es).'])
    expect(outcome.failed).toBe(true)
    expect(results.map((result) => path.relative(root, result.filePath))).toEqual(['c.txt'])
  })

  it('passes on an error from the resolver that is not a config error', async () => {
    const root = makeTree({'a.txt': 'x'})
    const resolver = {forFile: async () => Promise.reject(new TypeError('bug'))}
    await expect(run(root, files(root, 'a.txt'), [], {resolver})).rejects.toThrow('bug')
  })

  it('fails the run when a rule crashes on a draft, but not for a front-matter problem', async () => {
    const root = makeTree({'crash.txt': 'Some text.', 'front.txt': '---\nplatform: [\n---\nText.'})
    const crash = await run(root, files(root, 'crash.txt'), [crashingRule('crashing')])
    expect(crash.outcome.failed).toBe(true)
    expect(crash.results[0]!.messages).toEqual([
      {ruleId: 'crashing', severity: 2, fatal: true, message: 'Rule crashing failed on this post: boom. Please report this bug.', line: 1, column: 1, endLine: 1, endColumn: 1}
    ])
    const front = await run(root, files(root, 'front.txt'), [substringRule('find-x', 'x').rule])
    expect(front.outcome.failed).toBe(false)
    expect(front.results[0]!.messages).toEqual([expect.objectContaining({ruleId: null, severity: 2, fatal: true})])
  })
})

describe('lintSources: fixing', () => {
  // "ab" becomes "b": each pass uncovers the next "ab" in "aaab".
  const shrink = () => substringRule('shrink', 'ab', 'b')

  it('reports fixable problems without fixing when not asked to fix', async () => {
    const root = makeTree({'a.txt': 'aab'})
    const {byName} = await run(root, files(root, 'a.txt'), [shrink().rule])
    expect(byName['a.txt']).not.toHaveProperty('output')
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({ruleId: 'shrink', fix: {range: [1, 3], text: 'b'}})])
  })

  it('fixes again until nothing changes, and reports what is left in the fixed text (dry run: the draft is untouched)', async () => {
    const root = makeTree({'a.txt': 'x aaab'})
    const {rule, runs} = shrink()
    const {byName, outcome} = await run(root, files(root, 'a.txt'), [rule], {fix: 'dry-run', withSource: true})
    expect(byName['a.txt']).toMatchObject({output: 'x b', messages: [], source: 'x b'})
    // Linted once, then once after each of the three passes.
    expect(runs.count).toBe(4)
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('x aaab')
    expect(outcome.failed).toBe(false)
  })

  it('stops after ten passes, whatever is still fixable', async () => {
    const root = makeTree({'a.txt': `${'a'.repeat(12)}b`})
    const {byName} = await run(root, files(root, 'a.txt'), [shrink().rule], {fix: 'dry-run'})
    expect(byName['a.txt']!.output).toBe('aab')
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({ruleId: 'shrink', line: 1, column: 2})])
  })

  it('stops when the fixes leave the text as it was, and then gives no output', async () => {
    const root = makeTree({'a.txt': 'keep ab'})
    const {rule, runs} = substringRule('same', 'ab', 'ab')
    const {byName} = await run(root, files(root, 'a.txt'), [rule], {fix: 'dry-run'})
    expect(byName['a.txt']).not.toHaveProperty('output')
    expect(runs.count).toBe(1)
  })

  it('writes the fixed draft with fix: "write", but never a draft given as bytes', async () => {
    const root = makeTree({'a.txt': 'aab'})
    const typed: Source = {path: path.join(root, 'typed.txt'), explicit: false, bytes: new TextEncoder().encode('aab')}
    const {byName} = await run(root, [...files(root, 'a.txt'), typed], [shrink().rule], {fix: 'write'})
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('b')
    expect(byName['a.txt']).toMatchObject({output: 'b', messages: []})
    expect(byName['typed.txt']).toMatchObject({output: 'b', messages: []})
    expect(() => readFileSync(path.join(root, 'typed.txt'))).toThrow()
  })

  it('reports a fix it could not write with the draft’s own problems, unchanged, and fails the run', async () => {
    const root = makeTree({'a.txt': 'aab'})
    chmodSync(path.join(root, 'a.txt'), 0o444)
    const {byName, outcome} = await run(root, files(root, 'a.txt'), [shrink().rule], {fix: 'write', withSource: true})
    expect(outcome.failed).toBe(true)
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('aab')
    expect(byName['a.txt']).not.toHaveProperty('output')
    expect(byName['a.txt']!.source).toBe('aab')
    expect(byName['a.txt']!.messages).toEqual([
      fileLevel(2, 'This draft is read-only, so its fixes were not written and it is unchanged. Make it writable and run parllint --fix again.'),
      expect.objectContaining({ruleId: 'shrink', line: 1, column: 2})
    ])
  })
})

describe('lintSources: the cache', () => {
  const cacheIn = (root: string) => openCache(path.join(root, '.parllintcache'), 'test')

  it('keeps the results of drafts linted cleanly from disk, and gives them back on the next run without linting', async () => {
    const root = makeTree({'a.txt': 'bad news', 'crash.txt': 'x', 'fixed.txt': 'aab'})
    const {rule, runs} = substringRule('find-bad', 'bad')
    const config = configOf([rule])
    const cache = cacheIn(root)
    const typed: Source = {path: path.join(root, 'typed.txt'), explicit: false, bytes: new TextEncoder().encode('bad news')}
    const first = await run(root, [...files(root, 'a.txt'), typed], [rule], {cache, config})
    expect(cache.get(path.join(root, 'a.txt'), 'bad news', config, 'en')).toEqual({messages: first.byName['a.txt']!.messages, lang: 'en'})
    expect(cache.get(path.join(root, 'typed.txt'), 'bad news', config, 'en')).toBeUndefined()

    const crashing = crashingRule('crashing')
    const crashConfig = configOf([crashing])
    await run(root, files(root, 'crash.txt'), [crashing], {cache, config: crashConfig})
    expect(cache.get(path.join(root, 'crash.txt'), 'x', crashConfig, 'en')).toBeUndefined()

    runs.count = 0
    const again = await run(root, files(root, 'a.txt'), [rule], {cache, config, withSource: true})
    expect(runs.count).toBe(0)
    expect(again.byName['a.txt']).toMatchObject({messages: first.byName['a.txt']!.messages, lang: 'en', source: 'bad news', notPosted: []})
  })

  it('is neither read nor written when fixing', async () => {
    const root = makeTree({'a.txt': 'aab'})
    const {rule, runs} = substringRule('shrink', 'ab', 'b')
    const config = configOf([rule])
    const cache = cacheIn(root)
    cache.set(path.join(root, 'a.txt'), 'aab', config, 'en', {messages: [], lang: 'en'})
    const {byName} = await run(root, files(root, 'a.txt'), [rule], {cache, config, fix: 'dry-run'})
    expect(runs.count).toBe(3)
    expect(byName['a.txt']!.output).toBe('b')
    // The fixed draft's results are not kept under its old text.
    expect(cache.get(path.join(root, 'a.txt'), 'aab', config, 'en')).toEqual({messages: [], lang: 'en'})
  })

  it('keeps a cached draft’s summaries for the posts after it to be compared with', async () => {
    const root = makeTree({'a.txt': 'Budget day.', 'b.txt': 'Budget again.'})
    const config = configOf([sameStart])
    const cache = cacheIn(root)
    await run(root, files(root, 'a.txt'), [sameStart], {cache, config})
    const {byName} = await run(root, files(root, 'a.txt', 'b.txt'), [sameStart], {cache, config})
    expect(byName['a.txt']!.messages).toEqual([])
    expect(byName['b.txt']!.messages).toEqual([expect.objectContaining({message: 'Starts like a.txt.'})])
  })
})

describe('lintSources: comparing posts', () => {
  it('holds results until every draft is linted, then gives each its findings sorted in among its own problems', async () => {
    const {rule} = substringRule('find-bad', 'bad')
    const root = makeTree({'a.txt': 'Budget day.', 'b.txt': 'Budget, bad.'})
    const {events, byName} = await run(root, files(root, 'a.txt', 'b.txt'), [rule, sameStart])
    expect(events).toEqual(['progress 1', 'progress 2', 'result a.txt', 'result b.txt'])
    expect(byName['b.txt']!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['same-start', 1, 1],
      ['find-bad', 1, 9]
    ])
  })

  it('gives an ignored file named on the command line only its warning, never a finding of the drafts compared', async () => {
    const root = makeTree({'a.txt': 'Budget day.', 'b.txt': 'Budget again.', 'named.txt': 'Budget once more.'})
    const sources: Source[] = [...files(root, 'a.txt', 'b.txt'), {path: path.join(root, 'named.txt'), explicit: true}]
    const {byName} = await run(root, sources, [sameStart], {isIgnored: async (file) => file.endsWith('named.txt')})
    expect(byName['b.txt']!.messages).toEqual([{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like a.txt.', line: 1, column: 1}])
    expect(byName['named.txt']!.messages).toStrictEqual([{ruleId: null, severity: 1, message: IGNORED, line: 0, column: 0}])
  })

  it('compares drafts with published posts, dated by their front matter or else the day the file was last changed', async () => {
    const root = makeTree({'published/dated.txt': '---\ndate: 2025-05-01\n---\nBudget day.', 'published/undated.txt': 'Schools open.', 'a.txt': 'Budget now.', 'b.txt': 'Schools shut.'})
    utimesSync(path.join(root, 'published/undated.txt'), new Date('2024-02-03T12:00:00Z'), new Date('2024-02-03T12:00:00Z'))
    const history = [{files: files(root, 'published/dated.txt', 'published/undated.txt'), config: configOf([sameStart])}]
    const {byName, outcome} = await run(root, files(root, 'a.txt', 'b.txt'), [sameStart], {history})
    expect(outcome).toEqual({errors: [], failed: false, processorCount: 1})
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({message: `Starts like ${path.join('published', 'dated.txt')} (2025-05-01).`})])
    expect(byName['b.txt']!.messages).toEqual([expect.objectContaining({message: `Starts like ${path.join('published', 'undated.txt')} (2024-02-03).`})])
  })

  it('skips a published post it cannot read, says so, and fails the run', async () => {
    const root = makeTree({'published/binary.txt': Buffer.from([0x42, 0x00, 0x01]), 'a.txt': 'Budget now.'})
    const history = [
      {
        files: [...files(root, 'published/binary.txt'), {path: path.join(root, 'published/gone.txt'), explicit: false, problem: 'It is gone.'}],
        config: configOf([sameStart])
      }
    ]
    const {byName, outcome} = await run(root, files(root, 'a.txt'), [sameStart], {history})
    expect(outcome.failed).toBe(true)
    expect(outcome.errors).toEqual([
      `History post skipped: ${path.join('published', 'binary.txt')}: ${BINARY}`,
      `History post skipped: ${path.join('published', 'gone.txt')}: It is gone.`
    ])
    expect(byName['a.txt']!.messages).toEqual([])
  })

  it('reads a platform export as one published post a row, named by its line, and says which rows it skipped', async () => {
    const root = makeTree({
      'published/posts.jsonl': '{"text": "Schools open.", "date": "2025-01-02"}\nnot json\n{"text": "Budget day."}\n',
      'a.txt': 'Budget now.',
      'b.txt': 'Schools shut.'
    })
    const history = [{files: files(root, 'published/posts.jsonl'), config: configOf([sameStart])}]
    const {byName, outcome} = await run(root, files(root, 'a.txt', 'b.txt'), [sameStart], {history})
    const name = path.join('published', 'posts.jsonl')
    expect(outcome.errors).toEqual([`History post skipped: ${name} line 2: not valid JSON.`])
    expect(outcome.failed).toBe(false)
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({message: `Starts like ${name}:3.`})])
    expect(byName['b.txt']!.messages).toEqual([expect.objectContaining({message: `Starts like ${name}:1 (2025-01-02).`})])
  })

  it('says which export rows it skipped in the run’s locale', async () => {
    const root = makeTree({'published/posts.jsonl': '{"text": "Schools open."}\nnot json\n', 'a.txt': 'Budget now.'})
    const history = [{files: files(root, 'published/posts.jsonl'), config: configOf([sameStart])}]
    const {outcome} = await run(root, files(root, 'a.txt'), [sameStart], {history, locale: 'fr'})
    expect(outcome.errors).toEqual([`Publication déjà parue ignorée : ${path.join('published', 'posts.jsonl')}, ligne 2 : ce n’est pas du JSON valide.`])
  })

  it('reads an export given with a problem as a draft that could not be read', async () => {
    const root = makeTree({'a.txt': 'Budget now.'})
    const history = [{files: [{path: path.join(root, 'gone.jsonl'), explicit: false, problem: 'It is gone.'}], config: configOf([sameStart])}]
    const {outcome} = await run(root, files(root, 'a.txt'), [sameStart], {history})
    expect(outcome.errors).toEqual(['History post skipped: gone.jsonl: It is gone.'])
    expect(outcome.failed).toBe(true)
  })
})

describe('lintSources: rules that learn from published posts', () => {
  it('reads the office’s and opponents’ .txt and .md posts by default, and gives rules what they learned', async () => {
    const root = makeTree({'history/a.txt': 'One.', 'history/b.md': 'Two.', 'history/c.rtf': 'Not a post.', 'them/d.txt': 'Three.', 'a.txt': 'Draft.'})
    const config = {...configOf([countsPosts]), history: path.join(root, 'history'), opponents: [path.join(root, 'them')]}
    const {byName, outcome} = await run(root, files(root, 'a.txt'), [countsPosts], {config})
    expect(outcome.errors).toEqual([])
    expect(byName['a.txt']!.messages).toEqual([expect.objectContaining({message: 'Learned from 2 own and 1 opponents’ posts.'})])
  })

  it('says a problem with the published posts once, however many configs meet it', async () => {
    const root = makeTree({'them/d.txt': 'Three.', 'x/a.txt': 'Draft.', 'y/b.txt': 'Draft.'})
    const base = {history: path.join(root, 'missing'), opponents: [path.join(root, 'them')]}
    const configs = {x: {...configOf([countsPosts]), ...base}, y: {...configOf([countsPosts]), ...base}}
    const resolver = {forFile: async (file: string) => configs[path.basename(path.dirname(file)) as 'x' | 'y']}
    const {outcome, byName} = await run(root, files(root, 'x/a.txt', 'y/b.txt'), [countsPosts], {resolver})
    expect(outcome.errors).toEqual([
      'History posts not found: "missing"; nothing is learned from them.',
      'The config names "opponents" but no posts of the office ("history") to compare them with: nothing is learned.'
    ])
    expect(byName[path.join('y', 'b.txt')]!.messages).toEqual([expect.objectContaining({message: 'Learned from 0 own and 1 opponents’ posts.'})])
  })
})
