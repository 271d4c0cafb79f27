// The VS Code extension (editors/vscode) is not published, but its manifest must stay
// valid: it is packaged with Microsoft's vsce, as a release would be.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const extension = fileURLToPath(new URL('../editors/vscode/', import.meta.url))
const vsce = path.join(extension, 'node_modules', '@vscode', 'vsce', 'vsce')
const installed = existsSync(vsce)
if (!installed) console.warn('editors/vscode has no node_modules (npm ci --prefix editors/vscode, as .ci/run does): the VS Code extension test is skipped, not passed.')

describe.skipIf(!installed)('VS Code extension', () => {
  it('packages with vsce, with the language client it starts parllint with', {timeout: 120_000}, () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parllint-vsix-')), 'parllint.vsix')
    const packaged = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '-o', out], {cwd: extension, encoding: 'utf8', input: ''})
    expect(packaged.status, packaged.stdout + packaged.stderr).toBe(0)
    expect(existsSync(out)).toBe(true)
    // What the package holds, as vsce lists it: the extension and the client's modules.
    for (const entry of ['extension.js', 'package.json', 'LICENSE.txt', 'readme.md', 'vscode-languageclient/', 'vscode-languageserver-protocol/', 'vscode-jsonrpc/']) {
      expect(packaged.stdout).toContain(entry)
    }
    // The client's engine is the extension's: VS Code 1.91, whose Node.js is 20.
    const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8')) as {engines: {vscode: string}}
    const client = JSON.parse(readFileSync(path.join(extension, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as {engines: {vscode: string}}
    expect(manifest.engines.vscode).toBe(client.engines.vscode)
  })
})
