// Issue 21, item 3: nothing a press office writes can exhaust memory or stall a run. A draft
// over the size limit, or with a word or link longer than any post can hold, is reported in
// one line and skipped; the other drafts are linted. Below the limits, every step is linear.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {splitHashtag} from '../../rules/lib/hashtag-words.js'
import {graphemeLength} from '../../rules/lib/platform-count.js'
import {MAX_DRAFT_BYTES, MAX_TOKEN_LENGTH} from '../../src/limits.js'
import {itSpawnsCli, runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

const REPEATED = 'We will will fund the clinic.\n'
const repeatedWarning = (file: string) => `${file}: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)`

describe('item 3: a draft over the size limit', () => {
  itSpawnsCli('is reported in one line and skipped, without reading it all; the other drafts are linted', () => {
    const root = makeTree({'a.txt': REPEATED})
    writeFileSync(path.join(root, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '))
    const run = runCli(['.', '-f', 'compact'], {cwd: root})
    expect(run.stdout).toBe(
      [
        repeatedWarning('a.txt'),
        'huge.txt: line 0, col 0, Error - This draft is 50.0 MB, over parllint’s limit of 128 KB for one draft (no platform takes a post that long), so it was not linted. Split it into smaller drafts.',
        '',
        '2 problems',
        ''
      ].join('\n')
    )
    expect(run.code).toBe(2)
  })

  itSpawnsCli('applies to a draft on standard input too', () => {
    const root = makeTree({})
    const run = runCli(['--stdin', '-f', 'compact'], {cwd: root, input: 'word '.repeat(30_000)})
    expect(run.stdout).toBe(
      '<text>: line 0, col 0, Error - This draft is 146.5 KB, over parllint’s limit of 128 KB for one draft (no platform takes a post that long), so it was not linted. Split it into smaller drafts.\n\n1 problem\n'
    )
    expect(run.code).toBe(2)
  })

  it('is 128 KB, and a word or link may be 4,000 characters', () => {
    expect([MAX_DRAFT_BYTES, MAX_TOKEN_LENGTH]).toEqual([128 * 1024, 4000])
  })
})

describe('item 3: a word or link longer than any post can hold', () => {
  itSpawnsCli('is reported where it is, for x, bluesky and mastodon alike, and its draft skipped', () => {
    const tag = `#${'a'.repeat(50_000)}`
    const url = `https://example.org/${'a'.repeat(40_000)}`
    const root = makeTree({
      'a.txt': REPEATED,
      'x.txt': `---\nplatform: x\n---\nSee ${tag} now.\n`,
      'bluesky.txt': `---\nplatform: bluesky\n---\nSee ${url} now.\n`,
      'mastodon.txt': `---\nplatform: mastodon\n---\nSee ${tag} now.\n`
    })
    const run = runCli(['.', '-f', 'compact'], {cwd: root})
    const skipped = (file: string, length: string) =>
      `${file}: line 4, col 5, Error - This word or link is ${length} characters long, over parllint’s limit of 4,000 (no post can show one that long), so this draft was not linted. Shorten it or remove it.`
    expect(run.stdout).toBe(
      [repeatedWarning('a.txt'), skipped('bluesky.txt', '40,020'), skipped('mastodon.txt', '50,001'), skipped('x.txt', '50,001'), '', '4 problems', ''].join('\n')
    )
    expect(run.code).toBe(2)
  })
})

describe('item 3: linear below the limits', () => {
  it('splits a 50,000-letter hashtag without copying a list per prefix', () => {
    const words = splitHashtag('climateaction'.repeat(4000), 'en')
    expect(words).toHaveLength(8000)
    expect(words!.slice(0, 3)).toEqual(['climate', 'action', 'climate'])
  })

  it('counts graphemes as Intl.Segmenter does, window by window', () => {
    const segmenter = new Intl.Segmenter('en', {granularity: 'grapheme'})
    const pieces = ['a', ' ', '\u0301', '🇺', '🇸', '👨', '\u200d', '👩', '🏽', '\r', '\n', 'é', 'क', '्', 'ष', '\uD800', '❤', '\uFE0F']
    let seed = 21
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    for (let sample = 0; sample < 200; sample++) {
      let text = ''
      for (let length = Math.floor(random() * 1500); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)]
      expect(graphemeLength(text)).toBe([...segmenter.segment(text)].length)
    }
    expect(graphemeLength(`a${'\u0301'.repeat(1000)}b`)).toBe(2)
  })

  itSpawnsCli('lints drafts just under the limits, made of the worst markup, without an error of its own', {timeout: 180_000}, () => {
    const fill = (unit: string) => unit.repeat(Math.floor(100_000 / unit.length))
    const root = makeTree({
      'words.txt': `---\nplatform: bluesky\n---\n${fill('we we #climateaction @someone “quoted” ?! ')}`,
      'comments.txt': fill('<!-- parllint-disable-line redundancy --> we we <!--\n'),
      'hashtags.txt': `---\nplatform: mastodon\n---\n${fill('#a ')}word`,
      'nested.md': fill('> 1. - '),
      'emphasis.md': fill('a* [a](b **a*b '),
      'lines.txt': fill('a\r')
    })
    const run = runCli(['.', '-f', 'json'], {cwd: root})
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as {filePath: string; messages: {ruleId: string | null; fatal?: boolean; message: string}[]}[]
    expect(results.map((result) => path.basename(result.filePath))).toEqual(['comments.txt', 'emphasis.md', 'hashtags.txt', 'lines.txt', 'nested.md', 'words.txt'])
    for (const result of results) expect(result.messages.filter((message) => message.fatal)).toEqual([])
    const markdownNotes = results.flatMap((result) => result.messages.filter((message) => message.message.includes('as plain text')).map(() => path.basename(result.filePath)))
    expect(markdownNotes).toEqual(['emphasis.md', 'nested.md'])
  })
})
