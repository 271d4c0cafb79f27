// The benchmark is not part of the test suite (timings in tests are flaky); this
// only checks that it runs and writes its report, on a tiny corpus, without peers.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

describe('bench/run.js', () => {
  it('measures parllint on a tiny corpus and writes the table as JSON', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parllint-bench-')), 'result.json')
    const script = fileURLToPath(new URL('../bench/run.js', import.meta.url))
    const run = spawnSync(process.execPath, [script, '--sizes', '1,3', '--runs', '1', '--peers', 'none', '--out', out], {encoding: 'utf8'})
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('| parllint | 3 |')
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.rows.map((row: {tool: string; drafts: number}) => `${row.tool}:${row.drafts}`)).toEqual(['node -e "":1', 'parllint:1', 'parllint:3'])
  })

  it('runs the scale mode on a small folder and history, and finds the planted repeat', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parllint-bench-')), 'scale.json')
    const script = fileURLToPath(new URL('../bench/run.js', import.meta.url))
    const run = spawnSync(process.execPath, [script, '--mode', 'scale', '--drafts', '40', '--history', '60', '--out', out], {encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.results.map((row: {run: string; exitCode: number; stderr: string}) => [row.run, row.stderr])).toEqual([
      ['40 drafts', ''],
      ['1 draft, history of 60', '']
    ])
    expect(report.results[0].files).toBe(40)
    expect(report.results[1].foundRepeat).toBe(true)
  })
})

describe('bench/lsp.js', () => {
  it('measures the language server on a few edits and writes its tables as JSON', {timeout: 120_000}, () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parllint-bench-lsp-')), 'lsp.json')
    const script = fileURLToPath(new URL('../bench/lsp.js', import.meta.url))
    const run = spawnSync(process.execPath, [script, '--edits', '4', '--documents', '2', '--memory-edits', '6', '--starts', '1', '--out', out], {encoding: 'utf8'})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('| 3,000-character Facebook post | 3000 | 4 |')
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.latency.map((row: {characters: number; edits: number}) => [row.characters, row.edits])).toEqual([[280, 4], [3000, 4]])
    expect(report.memory).toMatchObject({documents: 2, edits: 6})
    expect(report.memory.heapAfterAllMB).toBeGreaterThan(0)
    expect(report.startup.runs).toBe(1)
  })
})
