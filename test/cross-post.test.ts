// The cross-post phase in-process: what the engine keeps of each post, which posts a
// comparison sees, and how its findings become diagnostics on the right drafts. A
// small rule stands in for redundancy and value-coherence, so these tests hold
// whatever those rules find.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {keepSummary} from '../rules/report.js'
import type {CrossFinding, RuleModule} from '../rules/types.js'
import {configFor} from '../src/api.js'
import type {ResolvedConfig} from '../src/config/load.js'
import {lintSources} from '../src/engine/run.js'
import {inEveryLocale} from '../src/lang/messages.js'
import type {LintResult} from '../src/results.js'
import {makeTree} from './helpers/tmp.js'

type Start = {word: string; at?: CrossFinding['at']}

// Keeps each post's first word; reports a post whose first word an earlier post also starts with.
const sameStart: RuleModule = {
  meta: {
    id: 'same-start',
    name: inEveryLocale(() => 'Test rule'),
    description: inEveryLocale(() => 'test rule'),
    guideline: {section: 'test', summary: 'test'},
    docs: 'docs/rules/same-start.md',
    defaultSeverity: 'warn',
    schema: {type: 'object'},
    defaultOptions: {place: 'word'},
    fixable: false,
    messages: {'same-start': inEveryLocale(() => 'Starts like {{other}}{{when}}.')}
  },
  attacher: (options) => (_tree, file) => {
    const text = String(file.value)
    const match = /\p{L}+/u.exec(text)
    if (!match) return
    const line = text.slice(0, match.index).split('\n').length
    const column = match.index - text.lastIndexOf('\n', match.index - 1)
    const at = {word: {line, column, endLine: line, endColumn: column + match[0].length}, line: {line, column}, start: undefined}[options.place as string]
    keepSummary(file, sameStart.meta, {word: match[0].toLowerCase(), at} satisfies Start)
  },
  crossPost: {
    summarizeText: (text) => ({word: /\p{L}+/u.exec(text)![0].toLowerCase()}),
    compare: (posts, options) =>
      posts.flatMap((post) => {
        const summary = post.summary as Start
        const earlier = posts.find((other) => other.index < post.index && (other.summary as Start).word === summary.word)
        if (!earlier) return []
        const finding: CrossFinding = {
          post: post.index,
          messageId: (options.messageId as string | undefined) ?? 'same-start',
          data: {other: earlier.path, when: earlier.date ? ` (${earlier.date})` : ''}
        }
        return [summary.at ? {...finding, at: summary.at} : finding]
      })
  }
}

const cwd = '/drafts'
const config = (severity: 'off' | 'warn' | 'error', options: Record<string, unknown> = {}) =>
  configFor({registry: [sameStart], rules: {'same-start': {severity: ({off: 0, warn: 1, error: 2} as const)[severity], options: {place: 'word', ...options}}}})

/** Lints in-memory drafts; `configs` gives each file its config (by default the rule as a warning). */
async function lint(drafts: Record<string, string>, options: {configs?: Record<string, ResolvedConfig>; history?: {files: string[]; config: ResolvedConfig}} = {}) {
  const results: LintResult[] = []
  await lintSources(
    Object.entries(drafts).map(([name, text]) => ({path: path.join(cwd, name), explicit: false, bytes: new TextEncoder().encode(text)})),
    {
      rules: [sameStart],
      resolver: {forFile: async (file) => options.configs?.[path.relative(cwd, file)] ?? config('warn')},
      isIgnored: async () => false,
      cwd,
      history: options.history && [{files: options.history.files.map((file) => ({path: file, explicit: false})), config: options.history.config}],
      onResult: (result) => {
        results.push(result)
      }
    }
  )
  return Object.fromEntries(results.map((result) => [path.relative(cwd, result.filePath), result.messages]))
}

describe('cross-post findings', () => {
  it('land on the later draft, where the rule points, with its message filled and the severity of that draft’s config', async () => {
    expect(
      await lint(
        {'a.txt': 'Budget day.', 'b.txt': '---\nscheduled: 2026-12-01\n---\n  budget again.', 'c.txt': 'Other news.', 'd.txt': 'Budget, third time.'},
        {configs: {'d.txt': config('error')}}
      )
    ).toEqual({
      'a.txt': [],
      'b.txt': [{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like a.txt.', line: 4, column: 3, endLine: 4, endColumn: 9}],
      'c.txt': [],
      'd.txt': [{ruleId: 'same-start', messageId: 'same-start', severity: 2, message: 'Starts like a.txt.', line: 1, column: 1, endLine: 1, endColumn: 7}]
    })
  })

  it('carry the date of the post they name, and only the place the rule gives (the start of the post when none)', async () => {
    const byPlace = async (place: string) =>
      (await lint({'a.txt': '---\ndate: 2026-11-30\n---\nBudget day.', 'b.txt': 'Budget again.'}, {configs: {'b.txt': config('warn', {place})}}))['b.txt']
    expect(await byPlace('line')).toEqual([{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like a.txt (2026-11-30).', line: 1, column: 1}])
    expect(await byPlace('start')).toEqual([{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like a.txt (2026-11-30).', line: 1, column: 1}])
  })

  it('leave out drafts that turn the rule off, in their config or their front matter: they are neither reported nor compared', async () => {
    const found = await lint(
      {'a.txt': 'Budget day.', 'b.txt': '---\ndisable: [same-start]\n---\nBudget again.', 'c.txt': 'Budget, third time.', 'd.txt': 'Budget, fourth.'},
      {configs: {'a.txt': config('off')}}
    )
    expect(found['b.txt']).toEqual([])
    expect(found['d.txt']).toEqual([expect.objectContaining({message: 'Starts like c.txt.'})])
    expect(found['c.txt']).toEqual([])
  })

  it('compare with the options of the first draft that has the rule on', async () => {
    const run = (first: ResolvedConfig) =>
      lint({'a.txt': 'Budget day.', 'b.txt': 'Budget again.', 'c.txt': 'Budget, third time.'}, {configs: {'a.txt': first, 'b.txt': config('warn', {messageId: 'unknown'})}})
    expect((await run(config('warn')))['c.txt']).toEqual([expect.objectContaining({messageId: 'same-start'})])
    await expect(run(config('off'))).rejects.toThrow('Rule same-start has no message "unknown"')
  })

  it('compare drafts with published posts, which are never reported themselves', async () => {
    const root = makeTree({'published/old.txt': '---\ndate: 2025-05-01\n---\nBudget day, last year.', 'published/skipped.txt': 'Budget day, off.'})
    const history = {files: [path.join(root, 'published/old.txt')], config: config('warn')}
    const found = await lint({'a.txt': 'Budget now.', 'b.txt': 'Other news.'}, {history})
    expect(Object.keys(found)).toEqual(['a.txt', 'b.txt'])
    expect(found['a.txt']).toEqual([expect.objectContaining({message: `Starts like ${path.relative(cwd, path.join(root, 'published/old.txt'))} (2025-05-01).`})])
    expect(await lint({'a.txt': 'Budget now.'}, {history: {files: [path.join(root, 'published/skipped.txt')], config: config('off')}})).toEqual({'a.txt': []})
  })
})
