// Fuzzing with a fixed seed (issue 21): 1,000 generated drafts (emoji sequences, bidi
// controls, lone surrogates, directives, comments, front-matter fragments, Markdown, every
// kind of line break, UTF-8 and UTF-16 byte order marks), linted in-process in one run with
// every output format and with --fix-dry-run, then once through the real CLI. No draft may
// crash the run; every position lies inside its file; a fix deletes nothing outside its
// problem but spaces, never touches what is not prose (comments, directives, front matter),
// and fixes converge: linting the fixed text finds nothing more to fix.
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Chalk} from 'chalk'
import {XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {createConfigResolver} from '../src/config/load.js'
import {PLATFORMS} from '../src/config/schema.js'
import {lintSources, type Source} from '../src/engine/run.js'
import {formatAll, formatters} from '../src/formatters/index.js'
import {decodeDraft} from '../src/inputs/read.js'
import {LineIndex} from '../src/post/lines.js'
import {parsePost} from '../src/post/parse.js'
import type {Diagnostic, LintResult} from '../src/results.js'
import {runCli} from './helpers/cli.js'

const SEED = 21
const DRAFTS = 1000

const PIECES = [
  // words, some repeated or wordy on purpose, in the four languages
  'We', 'will', 'will', 'fund', 'the', 'the', 'new', 'clinic', 'utilize', 'in accordance with', 'end result', 'result',
  'VOTE', 'NO', 'ON', 'THIS', 'TERRIBLE', 'BILL', 'hoy', 'votamos', 'el', 'fondo', 'à', 'você', 'ação', 'être', "don't",
  'climate action', 'we support', 'we oppose', 'emissions', 'you idiot', 'bitch', 'you', 'your', 'great', 'disaster',
  '1/3', '2/2', '3/3', '...', '?!', '!!!', '.', ',', ';', '“quoted words”', '"', '«', '»', '„', '-JD', '^AB', '^',
  // syntax
  '#climateaction', '#ClimateAction', '#Vote', '#Vote', '#', '@office', '@troll', '@name.bsky.social', '@user@mastodon.social',
  'https://example.gov/a?b=c', 'https://example.gov/a?b=c', 'www.example.org', ':smile:', 'H.Res.694', '://x', 'mailto:a@b.c',
  // emoji and odd characters
  '👨‍👩‍👧', '🇺🇸', '🇺', '👍🏽', '❤️', '🧵', '\u202E', '\u2066', '\u2069', '\u200F', '\u200B', '\uFEFF', '\uD800', '\uDC00',
  'e\u0301', '\u0301', '\t', '\u00A0', '\u2028', '\u0000', '\u001B[31m',
  // structure
  '\n', '\r\n', '\r', '\n\n', '\n---\n', '\r\n---\r\n', '<!-- note -->', '<!-- parllint-disable-line -->',
  '<!-- parllint-disable redundancy -->', '<!-- parllint-enable redundancy -->', '<!-- parllint-disable-next-line plain-language -- why -->',
  '<!--', '-->', '<!-- parllint-disable nosuchrule -->', '<!-- parllint-enable -->',
  // Markdown
  '**bold**', '*', '_', '`code`', '```\ncode\n```', '[label](https://x.org)', '> quote', '- item', '1. item', '# Heading',
  '<b>', '![alt](img.png)', '\\', '***', 'Title\n===', '[ref]', '[ref]: https://x.org'
]

const FRONT_MATTER = [
  '', '', '',
  '---\nplatform: x\n---\n',
  '---\nplatform: bluesky\nlang: es\n---\n',
  '---\nlang: fr\nreply: true\n---\n',
  '---\nplatform: mastodon\nmedia:\n  - file: a.png\n  - {file: b.png, alt: "A chart"}\n---\n',
  '---\nplatform: threads\nlang: pt\nauthor: JL\n---\n',
  '---\nplatform: [x\n---\n',
  '---\nplatform: x\n',
  '---\nunknown: 1\ndisable: [redundancy]\n---\n',
  '---\nkind: profile\n---\n',
  '---\r\nplatform: linkedin\r\n---\r\n',
  '---\nscheduled: 2026-03-02T09:00\ndate: 2026-03-01\n---\n'
]

function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

type Draft = {name: string; bytes: Buffer}

function generate(): Draft[] {
  const next = random(SEED)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  return Array.from({length: DRAFTS}, (_, index) => {
    let text = pick(FRONT_MATTER)
    const count = 3 + Math.floor(next() * 80)
    for (let piece = 0; piece < count; piece++) text += pick(PIECES) + (next() < 0.7 ? ' ' : '')
    const markdown = next() < 0.25
    const form = next()
    // Mostly UTF-8; some with a byte order mark, some UTF-16 (lone surrogates survive only there).
    const bytes =
      form < 0.8 ? Buffer.from(text) : form < 0.9 ? Buffer.from(`\uFEFF${text}`) : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    return {name: `${String(index).padStart(4, '0')}.${markdown ? 'md' : 'txt'}`, bytes}
  })
}

const drafts = generate()
const root = mkdtempSync(path.join(tmpdir(), 'parllint-fuzz-'))
mkdirSync(path.join(root, 'drafts'))
writeFileSync(path.join(root, 'package.json'), '{"private": true}\n')
writeFileSync(
  path.join(root, '.parllintrc.json'),
  JSON.stringify({
    account: {owner: 'Jane Doe', managedBy: 'mixed', trolls: ['@troll'], disclosure: {ownerMarkers: ['-JD'], staffMarkers: ['^']}},
    values: {positions: [{topic: 'climate action', stance: 'support', keywords: ['climate action', 'emissions'], supportTerms: ['#ClimateAction']}], preferredTerms: {fund: 'finance'}},
    rules: {'plain-language': ['warn', {passive: true}], 'diplomatic-tone': ['warn', {allPosts: true}], 'troll-engagement': 'warn'}
  })
)
const sources: Source[] = drafts.map((draft) => ({path: path.join(root, 'drafts', draft.name), explicit: false, bytes: draft.bytes}))
const textOf = new Map(drafts.map((draft) => [path.join(root, 'drafts', draft.name), decodeDraft(draft.bytes)]))
const parseOptions = {platforms: PLATFORMS, ruleIds: rules.map((rule) => rule.meta.id)}

async function lintAll(list: readonly Source[], fix?: 'dry-run') {
  const results: LintResult[] = []
  const outcome = await lintSources(list, {
    rules,
    resolver: createConfigResolver({cwd: root, rules}),
    isIgnored: async () => false,
    cwd: root,
    fix,
    withSource: true,
    onResult: (result) => {
      results.push(result)
    }
  })
  return {results, outcome}
}

/** Every position is a real place in the text: 0:0 for the file, else a line of it and a column within or just past it. */
function checkPositions(text: string, messages: readonly Diagnostic[], where: string) {
  const lines = new LineIndex(text)
  const lineLength = (line: number) => (line < lines.lineCount ? lines.lineStart(line + 1) : text.length) - lines.lineStart(line)
  for (const message of messages) {
    const context = `${where}: ${JSON.stringify(message)}`
    if (message.line === 0) {
      expect(message.column, context).toBe(0)
      continue
    }
    for (const [line, column] of [
      [message.line, message.column],
      [message.endLine ?? message.line, message.endColumn ?? message.column]
    ] as const) {
      expect(line >= 1 && line <= lines.lineCount, context).toBe(true)
      expect(column >= 1 && column <= lineLength(line) + 1, context).toBe(true)
    }
    expect(lines.lineStart(message.line) + message.column <= lines.lineStart(message.endLine ?? message.line) + (message.endColumn ?? message.column), context).toBe(true)
    for (const fix of [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
      if (fix) expect(fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, context).toBe(true)
    }
  }
}

/** The front matter, if the draft has one. */
const frontMatterOf = (text: string) => /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u.exec(text)?.[0] ?? ''

/** Whether every piece of `text` the rules saw as blank (front matter, comments, markup) is in `output`, in order and unchanged. */
async function keepsHidden(text: string, output: string, syntax: 'markdown' | 'text'): Promise<string[]> {
  const post = await parsePost(text, syntax, parseOptions)
  const missing: string[] = []
  let cursor = 0
  for (const [start, end] of post.hidden) {
    const piece = text.slice(start, end)
    if (piece.trim() === '') continue
    const found = output.indexOf(piece, cursor)
    if (found === -1) missing.push(piece)
    else cursor = found + piece.length
  }
  return missing
}

describe(`fuzz: ${DRAFTS} generated drafts, seed ${SEED}`, () => {
  it('lints every draft without an error of parllint’s own, in every format, with positions inside each file', {timeout: 300_000}, async () => {
    const {results, outcome} = await lintAll(sources)
    expect(outcome.errors).toEqual([])
    expect(results).toHaveLength(DRAFTS)
    for (const result of results) {
      const content = textOf.get(result.filePath)!
      // A rule or parser that fails on a post says so in a fatal message with its id: none may.
      expect(result.messages.filter((message) => message.fatal && message.ruleId !== null), result.filePath).toEqual([])
      if (content.ok) checkPositions(content.text, result.messages, result.filePath)
      else expect(result.messages.map((message) => message.message)).toEqual([content.reason])
      const fixes = result.messages.filter((message) => message.fix)
      if (!content.ok || fixes.length === 0) continue
      // A fix covers prose only (what the rules see is what is in the file there), and beyond
      // the words its problem is about it takes nothing but the spaces next to them.
      const post = await parsePost(content.text, result.filePath.endsWith('.md') ? 'markdown' : 'text', parseOptions)
      const lines = new LineIndex(content.text)
      for (const message of fixes) {
        const [start, end] = message.fix!.range
        const where = `${result.filePath}: ${JSON.stringify(message)}`
        expect(post.prose.slice(start, end), where).toBe(content.text.slice(start, end))
        const from = lines.lineStart(message.line) + message.column - 1
        const to = lines.lineStart(message.endLine ?? message.line) + (message.endColumn ?? message.column) - 1
        expect(content.text.slice(start, Math.max(start, from)) + content.text.slice(Math.min(end, to), end), where).toMatch(/^\s*$/u)
      }
    }
    const context = {cwd: root, color: new Chalk({level: 0}), canFix: true, version: '0.0.0', rules: []}
    for (const [name, formatter] of Object.entries(formatters)) {
      const output = formatAll(formatter, results, context)
      if (name === 'json') expect(JSON.parse(output)).toHaveLength(DRAFTS)
      if (name === 'sarif') expect(JSON.parse(output).runs[0].results.length).toBeGreaterThan(0)
      if (name === 'junit') expect(XMLValidator.validate(output)).toBe(true)
      if (name === 'html') expect(output).not.toContain('undefined')
    }
  })

  it('fixes with --fix-dry-run without touching comments, directives or front matter, and the fixes converge', {timeout: 300_000}, async () => {
    const {results} = await lintAll(sources, 'dry-run')
    const fixed = results.filter((result) => result.output !== undefined)
    expect(fixed.length).toBeGreaterThan(DRAFTS / 10)
    for (const result of fixed) {
      const original = textOf.get(result.filePath)!
      if (!original.ok) throw new Error(`${result.filePath} was fixed but could not be read`)
      expect(result.output!.startsWith(frontMatterOf(original.text)), result.filePath).toBe(true)
      expect(await keepsHidden(original.text, result.output!, result.filePath.endsWith('.md') ? 'markdown' : 'text'), result.filePath).toEqual([])
      checkPositions(result.output!, result.messages, result.filePath)
    }
    // Linting the fixed texts again finds nothing more to fix.
    const again = await lintAll(fixed.map((result) => ({path: result.filePath, explicit: false, bytes: Buffer.from(result.output!)})))
    const left = again.results.flatMap((result) => result.messages.filter((message) => message.fix).map((message) => `${path.basename(result.filePath)}: ${message.message}`))
    expect(left).toEqual([])
  })

  it('runs through the real CLI on the same drafts as files, with --fix-dry-run', {timeout: 300_000}, () => {
    for (const draft of drafts) writeFileSync(path.join(root, 'drafts', draft.name), draft.bytes)
    const run = runCli(['drafts', '--fix-dry-run', '-f', 'json', '-o', 'report.json'], {cwd: root})
    expect(run.stderr).toBe('')
    expect([0, 1, 2]).toContain(run.code)
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as LintResult[]
    expect(report).toHaveLength(DRAFTS)
    expect(readFileSync(path.join(root, 'drafts', drafts[0]!.name))).toEqual(drafts[0]!.bytes)
  })
})
