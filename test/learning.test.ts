// Learning from the office's published posts and its opponents': platform exports
// (JSONL, CSV) with bad rows reported by file and line, the CLI end to end, the
// model cache, and --explain-values. The posts are invented.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readExport} from '../src/inputs/exports.js'
import {runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const places = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem', 'Clinton', 'Ashland', 'Oxford', 'Dayton', 'Franklin', 'Greenville']
const own = places.flatMap((place) => [
  `Abortion is health care: every woman in ${place} deserves the freedom to decide.`,
  `Reproductive freedom is health care, and we will protect it in ${place}.`
])
const opponents = places.flatMap((place) => [`Abortion ends a life. Every unborn child in ${place} deserves protection.`, `Pro-life families in ${place} are praying for the unborn today.`])
const csvField = (text: string) => `"${text.replace(/"/gu, '""')}"`

describe('exports of published posts', () => {
  it('reads JSON Lines, reporting each bad row with its line', async () => {
    const root = makeTree({'posts.jsonl': '{"text": "One post", "lang": "en", "date": "2026-03-01T10:00:00Z"}\n\nnot json\n{"body": "no text"}\n{"text": "  "}\n{"text": "Two"}\n'})
    expect(await readExport(path.join(root, 'posts.jsonl'))).toEqual({
      rows: [
        {text: 'One post', lang: 'en', date: '2026-03-01', line: 1},
        {text: 'Two', line: 6}
      ],
      problems: [
        {line: 3, message: 'not valid JSON'},
        {line: 4, message: 'no "text" field'},
        {line: 5, message: 'the text is empty'}
      ]
    })
  })

  it('reads CSV with a "text" column in any case, quoted fields over several lines, and reports an unclosed quote', async () => {
    const root = makeTree({'posts.csv': '\ufeffid,Text,lang\n1,"Hello, ""world""",en\n\n2,"two\nlines",es\n3,short\n4,"never closed,en\n5,after,en\n'})
    expect(await readExport(path.join(root, 'posts.csv'))).toEqual({
      rows: [
        {text: 'Hello, "world"', lang: 'en', line: 2},
        {text: 'two\nlines', lang: 'es', line: 4},
        {text: 'short', line: 6}
      ],
      problems: [{line: 7, message: 'a quotation mark opened here is never closed, so this row and the rest of the file were not read'}]
    })
  })

  it('reports a CSV without a "text" column once, naming its columns', async () => {
    const root = makeTree({'posts.csv': 'id,body\n1,hello\n'})
    expect(await readExport(path.join(root, 'posts.csv'))).toEqual({rows: [], problems: [{message: 'no "text" column (the columns are "id", "body")'}]})
  })
})

describe('learning from history and opponents, from the command line', () => {
  const config = {
    lang: 'en',
    values: {positions: [{topic: 'abortion rights', stance: 'support', keywords: ['abortion', 'reproductive freedom']}]},
    history: 'exports/own.jsonl',
    opponents: ['exports/rivals.csv'],
    rules: {'plain-language': 'off', redundancy: 'off', 'manager-disclosure': 'off'}
  }
  const tree = () =>
    makeTree({
      '.parllintrc.json': JSON.stringify(config),
      'exports/own.jsonl': own.map((text) => JSON.stringify({text})).join('\n'),
      'exports/rivals.csv': ['id,text', ...opponents.map((text, index) => `${index},${csvField(text)}`), '99,', ''].join('\n'),
      'drafts/theirs.txt': 'Abortion ends the life of an unborn child.\n',
      'drafts/ours.txt': 'Abortion is health care, and every woman deserves the freedom to decide.\n'
    })

  it('warns on a draft in the opponents’ words, reports the bad row, and goes on', () => {
    const root = tree()
    const run = runCli(['drafts', '-f', 'compact'], {cwd: root})
    expect(run.stdout).toBe(
      `drafts/theirs.txt: line 1, col 30, Warning - This post on abortion rights is worded the way your opponents word it: “unborn” appears in 24 of their posts and in none of the office’s, “ends” appears in 12 of their posts and in none of the office’s, and “life” appears in 12 of their posts and in none of the office’s. Check that it says what the office means, in the office’s own words. (value-coherence)\n\n1 problem\n`
    )
    expect(run.stderr).toBe('parllint: Opponents’ post skipped: rivals.csv line 26: the text is empty.\n')
    expect(run.code).toBe(0)
  })

  it('keeps what it learned with --cache, in its own file, and uses it the next time', () => {
    const root = tree()
    const first = runCli(['drafts', '--cache', '-f', 'compact'], {cwd: root})
    expect(existsSync(path.join(root, '.parllintcache-learned'))).toBe(true)
    const cached = JSON.parse(readFileSync(path.join(root, '.parllintcache-learned'), 'utf8')) as {entries: Record<string, unknown>}
    expect(Object.keys(cached.entries)).toHaveLength(1)
    const second = runCli(['drafts', '--cache', '-f', 'compact'], {cwd: root})
    expect(second.stdout).toBe(first.stdout)
  })

  it('--explain-values prints, per position, the words learned for each side', () => {
    const root = tree()
    const run = runCli(['--explain-values', 'drafts/ours.txt'], {cwd: root})
    expect(JSON.parse(run.stdout)).toEqual({
      'value-coherence': [
        {lang: 'en', topic: 'abortion rights', posts: {office: 24, opponents: 24}, office: ['health', 'care', 'freedom', 'woman', 'decide', 'reproductive', 'protect'], opponents: ['unborn', 'ends', 'life', 'child', 'protection']}
      ]
    })
    expect(run.code).toBe(0)
  })

  it('says so when there is no history to compare the opponents with', () => {
    const root = makeTree({'.parllintrc.json': JSON.stringify({...config, history: undefined}), 'exports/rivals.csv': 'text\nOne post\n', 'drafts/theirs.txt': 'Abortion ends the life of an unborn child.\n'})
    const run = runCli(['drafts', '-f', 'compact'], {cwd: root})
    expect([run.stdout, run.stderr, run.code]).toEqual(['', 'parllint: The config names "opponents" but no posts of the office ("history") to compare them with: nothing is learned.\n', 0])
  })

  it('reads nothing more when the config names no opponents', () => {
    const root = makeTree({'.parllintrc.json': JSON.stringify({...config, opponents: undefined}), 'drafts/theirs.txt': 'Abortion ends the life of an unborn child.\n'})
    const run = runCli(['drafts', '-f', 'compact'], {cwd: root})
    expect([run.stdout, run.stderr, run.code]).toEqual(['', 'parllint: History folder not found: "exports/own.jsonl".\n', 2])
    expect(runCli(['--explain-values', 'drafts/theirs.txt'], {cwd: root}).stderr).toBe('parllint: This config names no "opponents": there is nothing to learn from.\n')
  })
})
