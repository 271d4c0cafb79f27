import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {fixUntilStable} from '../src/engine/fix-passes.js'
import {asDiagnostic} from '../src/api.js'
import {ConfigError, createLinter} from '../src/linter.js'
import type {Diagnostic} from '../src/results.js'
import {itSpawnsCli, runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const docs = (id: string) => pathToFileURL(path.join(fixtures, '..', 'docs', 'rules', `${id}.md`)).href

const asCli = asDiagnostic

function cliJson(args: string[], cwd: string) {
  const run = runCli(['-f', 'json', ...args], {cwd})
  return JSON.parse(run.stdout) as {filePath: string; messages: Diagnostic[]; output?: string}[]
}

describe('createLinter().lintText', () => {
  itSpawnsCli('finds the config the CLI finds for the path, and reports what the CLI reports, with offsets and the docs link', async () => {
    const root = makeTree({
      'office/.parllintrc.json': JSON.stringify({account: {owner: 'Ana Ruiz', managedBy: 'staff', disclosure: {staffMarkers: ['^']}}}),
      'office/draft.txt': 'We will will vote to utilize the new flood fund.\n'
    })
    const file = path.join(root, 'office', 'draft.txt')
    const text = readFileSync(file, 'utf8')
    const result = await createLinter({cwd: root}).lintText(text, {filePath: 'office/draft.txt'})
    const [cli] = cliJson(['office/draft.txt'], root)
    expect(result.filePath).toBe(file)
    expect(result.messages.map(asCli)).toEqual(cli!.messages)
    expect(result.messages.map((message) => [message.ruleId, message.messageId, text.slice(message.offset, message.endOffset), message.docsUrl])).toEqual([
      ['redundancy', 'repeated-word', 'will', docs('redundancy')],
      ['plain-language', 'simplify', 'utilize', docs('plain-language')],
      ['manager-disclosure', 'missing-staff-marker', '', docs('manager-disclosure')]
    ])
  })

  itSpawnsCli('applies the fixes on request, again until nothing more can be fixed, as the CLI does', async () => {
    const root = makeTree({'draft.txt': 'We met the the nurses today. #TownHall #TownHall\n'})
    const text = readFileSync(path.join(root, 'draft.txt'), 'utf8')
    const result = await createLinter({cwd: root}).lintText(text, {filePath: 'draft.txt', fix: true})
    const [cli] = cliJson(['--fix-dry-run', 'draft.txt'], root)
    expect(result.output).toBe('We met the nurses today. #TownHall\n')
    expect(result.output).toBe(cli!.output)
    expect(result.messages.map(asCli)).toEqual(cli!.messages)
  })

  it('says nothing of output when there was nothing to fix', async () => {
    const result = await createLinter({cwd: makeTree({})}).lintText('Thank you, nurses.\n', {fix: true})
    expect(result).toMatchObject({filePath: '<text>', messages: [], errorCount: 0, warningCount: 0})
    expect(result.output).toBeUndefined()
  })

  it('throws a ConfigError naming the file for an invalid config', async () => {
    const root = makeTree({'.parllintrc.json': '{"rules": {"plain-languag": "warn"}}'})
    await expect(createLinter({cwd: root}).lintText('Hello.', {filePath: 'draft.txt'})).rejects.toThrow(ConfigError)
    await expect(createLinter({cwd: root}).lintText('Hello.', {filePath: 'draft.txt'})).rejects.toThrow(/^Invalid config in \.parllintrc\.json: /)
  })

  it('writes messages in `locale`, else the config\'s locale, else `defaultLocale`, else the environment', async () => {
    const messageIn = async (options: Parameters<typeof createLinter>[0], files: Record<string, string> = {}) => {
      const linter = createLinter({cwd: makeTree(files), platform: 'bluesky', ...options})
      const result = await linter.lintText('Hoy #A #B #C 🎉🎉', {filePath: 'draft.txt'})
      return result.messages.find((message) => message.messageId === 'mostly-syntax')!.message.split(' (')[0]
    }
    const [en, es, fr, pt] = [
      'This post is mostly hashtags and emoji',
      'Esta publicación es casi solo hashtags y emojis',
      'Cette publication n’est presque que mots-dièse et émojis',
      'Esta publicação é quase só hashtags e emojis'
    ]
    expect(await messageIn({env: {}})).toBe(en)
    expect(await messageIn({env: {LANG: 'fr_CA.UTF-8'}})).toBe(fr)
    expect(await messageIn({env: {LANG: 'fr_CA.UTF-8'}, defaultLocale: 'pt'})).toBe(pt)
    expect(await messageIn({defaultLocale: 'pt'}, {'.parllintrc.json': '{"locale": "es"}'})).toBe(es)
    expect(await messageIn({locale: 'en', defaultLocale: 'pt'}, {'.parllintrc.json': '{"locale": "es"}'})).toBe(en)
  })

  it('gives the same results to lints that run at the same time as to lints one after another', async () => {
    // Rules share each post's sentences through one slot (rules/lib/prose.ts) and two rules await inside
    // their transformers: interleaved posts must only recompute, never read each other's sentences.
    const linter = createLinter({cwd: makeTree({})})
    const texts = [
      'We will will vote to utilize the fund. THIS IS A DISGRACE. "Utilize" was their word.',
      'Nous voterons voterons demain pour le budget des écoles, conformément au plan annoncé en mars.',
      'Votaremos el presupuesto de las escuelas escuelas con el objeto de ayudar a las familias.',
      'Thank you to the nurses of Northside Hospital for everything you did this winter. #Nurses #Nurses'
    ]
    const one = []
    for (const text of texts) one.push(await linter.lintText(text, {filePath: 'draft.txt'}))
    const together = await Promise.all([...texts, ...texts].map((text) => linter.lintText(text, {filePath: 'draft.txt'})))
    expect(together).toEqual([...one, ...one])
    expect(one.map((result) => result.messages.length)).not.toContain(0)
  })
})

describe('workspaces: cross-post rules over drafts linted one by one', () => {
  const root = path.join(fixtures, 'redundancy')
  const drafts = readdirSync(path.join(root, 'drafts')).sort().map((name) => path.join(root, 'drafts', name))
  const read = (file: string) => readFileSync(file, 'utf8')

  itSpawnsCli('report what a run of the CLI over the same drafts and history reports, once every draft is known', async () => {
    const linter = createLinter({cwd: root})
    const workspace = linter.createWorkspace()
    for (const file of readdirSync(path.join(root, 'published')).map((name) => path.join(root, 'published', name))) {
      await workspace.addPublished(file, read(file))
    }
    for (const file of drafts) await linter.lintText(read(file), {filePath: file, workspace})
    const again = await Promise.all(drafts.map(async (file) => (await linter.lintText(read(file), {filePath: file, workspace})).messages.map(asCli)))
    const cli = cliJson(['drafts', '--history', 'published'], root)
    expect(again).toEqual(cli.map((result) => result.messages))
    expect(again.flat().map((message) => message.messageId)).toEqual(['duplicate-post', 'published-before'])
  })

  it('keep each draft\'s latest version: an edit that makes two drafts differ ends the finding, removing a draft forgets it', async () => {
    const linter = createLinter({cwd: root})
    const workspace = linter.createWorkspace()
    const [reminder, townHall] = [path.join(root, 'drafts', 'a-reminder.txt'), path.join(root, 'drafts', 'town-hall.txt')]
    await linter.lintText(read(townHall), {filePath: townHall, workspace})
    const first = await linter.lintText(read(reminder), {filePath: reminder, workspace})
    expect(first.messages.map((message) => [message.messageId, message.docsUrl])).toEqual([['duplicate-post', docs('redundancy')]])

    const edited = read(reminder).replace(/Reminder:.*$/mu, 'Our budget report on rural clinics is out: read how the new funds reach every valley.')
    expect((await linter.lintText(edited, {filePath: reminder, workspace})).messages).toEqual([])
    expect(workspace.findings().size).toBe(0)

    await linter.lintText(read(reminder), {filePath: reminder, workspace})
    expect([...workspace.findings().keys()]).toEqual([reminder])
    workspace.remove(townHall)
    expect(workspace.findings().size).toBe(0)
    expect(workspace.has(townHall)).toBe(false)
  })

  it('forget a draft\'s summary for a rule its front matter turns off', async () => {
    const linter = createLinter({cwd: root})
    const workspace = linter.createWorkspace()
    const [reminder, townHall] = [path.join(root, 'drafts', 'a-reminder.txt'), path.join(root, 'drafts', 'town-hall.txt')]
    await linter.lintText(read(reminder), {filePath: reminder, workspace})
    await linter.lintText(read(townHall), {filePath: townHall, workspace})
    expect(workspace.findings().size).toBe(1)
    await linter.lintText(read(townHall).replace('---\n', '---\ndisable: [redundancy]\n'), {filePath: townHall, workspace})
    expect(workspace.findings().size).toBe(0)
  })
})

describe('fixUntilStable', () => {
  // A lint that finds one fixable "xx" at a time, as when a fix uncovers the next problem.
  const lint = async (text: string) => {
    const at = text.indexOf('xx')
    return {messages: at === -1 ? [] : [{ruleId: 'r', severity: 1 as const, message: 'm', line: 1, column: at + 1, fix: {range: [at, at + 2] as [number, number], text: 'x'}}]}
  }

  it('fixes until no fix applies', async () => {
    const fixed = await fixUntilStable('xxxx', lint)
    expect(fixed).toEqual({output: 'x', result: {messages: []}, passes: 3})
  })

  it('stops after ten passes when fixes never settle', async () => {
    const forever = async (text: string) => ({messages: [{ruleId: 'r', severity: 1 as const, message: 'm', line: 1, column: 1, fix: {range: [0, 0] as [number, number], text: 'a'}}], text})
    const fixed = await fixUntilStable('', forever)
    expect(fixed.passes).toBe(10)
    expect(fixed.output).toBe('a'.repeat(10))
  })
})
