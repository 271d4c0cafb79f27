import {symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findTargets} from '../src/inputs/find.js'
import {createIgnoreCheck} from '../src/inputs/ignore.js'
import {decodeDraft} from '../src/inputs/read.js'
import {makeTree} from './helpers/tmp.js'

describe('decodeDraft', () => {
  it('drops a byte order mark', () => {
    expect(decodeDraft(Buffer.from('\uFEFFHi', 'utf8'))).toEqual({ok: true, text: 'Hi', encoding: {name: 'utf-8', bom: true}})
  })
  it('rejects binary files', () => {
    expect(decodeDraft(Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'This file is binary, not a text draft: parllint lints .txt and .md drafts only.'
    })
  })
  it('rejects text in another encoding, naming the byte and line', () => {
    expect(decodeDraft(Buffer.from('ok\nCaf\xe9', 'latin1'))).toEqual({
      ok: false,
      reason: 'This file is not UTF-8 text (byte 0xE9 on line 2). Save it with UTF-8 encoding and run parllint again.'
    })
  })
})

const noIgnore = async () => false

describe('findTargets', () => {
  it('walks folders for .txt and .md, sorted, skipping node_modules', async () => {
    const root = makeTree({'b.txt': '', 'a/c.md': '', 'a/d.png': '', 'node_modules/x.txt': '', 'e.markdown': ''})
    const found = await findTargets({cwd: root, patterns: [], extensions: ['.txt', '.md'], isIgnored: noIgnore})
    expect(found.targets.map((t) => path.relative(root, t.path))).toEqual(['a/c.md', 'b.txt'])
    expect(found.missing).toEqual([])
  })

  it('lints a file named explicitly whatever its extension, and expands globs', async () => {
    const root = makeTree({'notes.draft': '', 'scheduled/1.txt': '', 'scheduled/2.txt': '', 'scheduled/x.png': ''})
    const found = await findTargets({cwd: root, patterns: ['notes.draft', 'scheduled/*'], extensions: ['.txt'], isIgnored: noIgnore})
    expect(found.targets).toEqual([
      {path: path.join(root, 'notes.draft'), explicit: true},
      {path: path.join(root, 'scheduled/1.txt'), explicit: false},
      {path: path.join(root, 'scheduled/2.txt'), explicit: false}
    ])
  })

  it('names paths and patterns that match nothing', async () => {
    const root = makeTree({'a.txt': ''})
    const found = await findTargets({cwd: root, patterns: ['a.txt', 'missing.txt', 'none/*.txt'], extensions: ['.txt'], isIgnored: noIgnore})
    expect(found.targets).toHaveLength(1)
    expect(found.missing).toEqual(['No such file or folder: "missing.txt".', 'No files match the pattern "none/*.txt".'])
  })

  it('does not loop on symlinked folders', async () => {
    const root = makeTree({'a/one.txt': ''})
    symlinkSync(root, path.join(root, 'a/loop'))
    const found = await findTargets({cwd: root, patterns: ['.'], extensions: ['.txt'], isIgnored: noIgnore})
    expect(found.targets.map((t) => path.relative(root, t.path))).toEqual(['a/one.txt'])
  })

  it('applies .parllintignore, --ignore-pattern and the config ignorePatterns', async () => {
    const root = makeTree({
      '.parllintignore': 'archive/\n',
      'archive/old.txt': '',
      'tmp/x.txt': '',
      'drafts/keep.txt': '',
      'drafts/skip.txt': ''
    })
    const isIgnored = await createIgnoreCheck({
      cwd: root,
      enabled: true,
      cliPatterns: ['tmp'],
      configPatternsFor: async () => ({base: path.join(root, 'drafts'), patterns: ['skip.txt']})
    })
    const found = await findTargets({cwd: root, patterns: [], extensions: ['.txt'], isIgnored})
    expect(found.targets.map((t) => path.relative(root, t.path))).toEqual(['drafts/keep.txt'])
  })
})
