// The package as another project uses it: `import {createLinter} from 'parllint'`
// runs the bundle and type-checks against the published declarations.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {makeTree} from './helpers/tmp.js'

const project = fileURLToPath(new URL('..', import.meta.url))

function consumer(files: Record<string, string>): string {
  const root = makeTree(files)
  mkdirSync(path.join(root, 'node_modules'))
  symlinkSync(project, path.join(root, 'node_modules', 'parllint'), 'dir')
  return root
}

describe('package exports', () => {
  it('runs the Linter API from the bundle', () => {
    const root = consumer({
      'use.mjs': `import {createLinter} from 'parllint'
const result = await createLinter().lintText('We will will vote.', {filePath: 'draft.txt'})
console.log(JSON.stringify(result.messages.map((m) => [m.ruleId, m.messageId, m.offset, m.endOffset])))`
    })
    const run = spawnSync(process.execPath, ['use.mjs'], {cwd: root, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([['redundancy', 'repeated-word', 8, 12]])
  })

  it('gives TypeScript the API\'s types, and the package ships every declaration they need', {timeout: 180_000}, () => {
    const root = consumer({
      'use.ts': `import {createLinter, ConfigError, type LintMessage, type TextResult} from 'parllint'
const linter = createLinter({cwd: '.', locale: 'es'})
export const messages: Promise<LintMessage[]> = linter.lintText('Hola.', {filePath: 'a.txt', fix: true}).then((result: TextResult) => result.messages)
export const isConfigError = (error: unknown) => error instanceof ConfigError
// @ts-expect-error: the options are checked
createLinter({locale: 'de'})`,
      'tsconfig.json': JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: ['node'], typeRoots: [path.join(project, 'node_modules', '@types')]}, files: ['use.ts']})
    })
    const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc')
    const run = spawnSync(process.execPath, [tsc, '-p', '.', '--listFiles'], {cwd: root, encoding: 'utf8'})
    expect(run.status, run.stdout).toBe(0)
    const used = run.stdout.split('\n').filter((file) => file.startsWith(path.join(project, 'dist'))).map((file) => path.relative(project, file))
    expect(used).toContain('dist/src/linter.d.ts')
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: project, encoding: 'utf8'})) as {files: {path: string}[]}[]
    const shipped = new Set(packed[0]!.files.map((file) => file.path))
    expect(used.filter((file) => !shipped.has(file))).toEqual([])
  })
})
