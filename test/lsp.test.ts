// `parllint --lsp` spoken to as an editor speaks to it: a real server process and
// Microsoft's JSON-RPC client, compared with what the CLI reports for the same text.
import {rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Diagnostic} from '../src/results.js'
import {runCli} from './helpers/cli.js'
import {applyEdits, editsOf, startClient, uriOf, type Client, type CodeAction} from './helpers/lsp.js'
import {makeTree} from './helpers/tmp.js'

type LspDiagnostic = import('./helpers/lsp.js').Diagnostic

/** A published diagnostic in the CLI's json shape. */
function asCli(diagnostic: LspDiagnostic): Diagnostic {
  const data = diagnostic.data as {messageId?: string}
  return {
    ruleId: (diagnostic.code as string | undefined) ?? null,
    ...(data.messageId ? {messageId: data.messageId} : {}),
    severity: diagnostic.severity === 1 ? 2 : 1,
    message: diagnostic.message as string,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1
  }
}

/** What the CLI's json format reports for a text at a path, without what the LSP carries elsewhere (fixes are code actions). */
function cliMessages(text: string, file: string, cwd: string): Diagnostic[] {
  const run = runCli(['--stdin', '--stdin-filename', file, '-f', 'json'], {cwd, input: text})
  const [result] = JSON.parse(run.stdout) as {messages: Diagnostic[]}[]
  return result!.messages.map((message) => {
    const shown: Partial<Diagnostic> = {endLine: message.line, endColumn: message.column, ...message}
    delete shown.fix
    delete shown.suggestions
    delete shown.fatal
    return shown as Diagnostic
  })
}

function cliFixed(text: string, file: string, cwd: string): string {
  return runCli(['--stdin', '--stdin-filename', file, '--fix-dry-run'], {cwd, input: text}).stdout
}

const docs = (id: string) => pathToFileURL(path.resolve('docs', 'rules', `${id}.md`)).href
const RULES = 'language, plain-language, platform-limits, redundancy, value-coherence, manager-disclosure, gendered-abuse, diplomatic-tone, troll-engagement'
const ACCOUNT = {account: {owner: 'Ana Ruiz', managedBy: 'staff', disclosure: {staffMarkers: ['^']}}}

describe('parllint --lsp', () => {
  let root: string
  let client: Client
  beforeAll(async () => {
    root = makeTree({'.parllintrc.json': JSON.stringify(ACCOUNT), 'notes/.keep': ''})
    client = await startClient({cwd: root})
  })
  afterAll(async () => {
    if (client.server.exitCode === null) await client.stop()
  })

  it('says what it serves', () => {
    expect(client.initialized.serverInfo?.name).toBe('parllint')
    expect(client.initialized.capabilities).toEqual({
      textDocumentSync: {openClose: true, change: 2},
      codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll.parllint']}
    })
  })

  it('publishes on open and on change what the CLI reports for the same text, with the docs link', async () => {
    const file = path.join(root, 'draft.txt')
    const uri = uriOf(file)
    const first = 'We will will vote to utilize the new flood fund.\n'
    client.open(uri, first)
    const opened = await client.diagnostics(uri, 1)
    expect(opened.diagnostics.map(asCli)).toEqual(cliMessages(first, file, root))
    expect(opened.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.codeDescription?.href, diagnostic.source])).toEqual([
      ['redundancy', docs('redundancy'), 'parllint'],
      ['plain-language', docs('plain-language'), 'parllint'],
      ['manager-disclosure', docs('manager-disclosure'), 'parllint']
    ])
    expect(opened.diagnostics[0]!.data).toEqual({messageId: 'repeated-word', offset: 8, endOffset: 12})

    const second = '---\nplatform: bluesky\n---\nJoin us at the #TownHall #TownHall tonight, and utilize the new bus line. ^AR\n'
    client.change(uri, 2, second)
    const changed = await client.diagnostics(uri, 2)
    expect(changed.diagnostics.map(asCli)).toEqual(cliMessages(second, file, root))
    expect(changed.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['redundancy', 'plain-language'])
  })

  it('reads Markdown drafts as the CLI does', async () => {
    const file = path.join(root, 'notes', 'draft.md')
    const text = '# Town hall\n\nWe will will meet. `utilize` is code, and [utilize](https://example.gov/utilize) a link.\n'
    client.open(uriOf(file), text, 'markdown')
    const published = await client.diagnostics(uriOf(file), 1)
    expect(published.diagnostics.map(asCli)).toEqual(cliMessages(text, file, root))
    expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['redundancy', 'plain-language', 'manager-disclosure'])
  })

  describe('code actions', () => {
    const file = () => path.join(root, 'actions.txt')
    const text = 'We will will vote to utilize the new flood fund. ^AR\n'
    let diagnostics: LspDiagnostic[]
    beforeAll(async () => {
      client.open(uriOf(file()), text)
      diagnostics = (await client.diagnostics(uriOf(file()), 1)).diagnostics
    })
    const actionsFor = (diagnostic: LspDiagnostic, only?: string[]) =>
      client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: {uri: uriOf(file())},
        range: diagnostic.range,
        context: {diagnostics: [diagnostic], ...(only ? {only} : {})}
      })
    /** Applies an action, lints the result with the CLI, and returns what is left. */
    const after = (action: CodeAction) => {
      const fixed = applyEdits(text, editsOf(action, uriOf(file())))
      return {fixed, left: cliMessages(fixed, file(), root).map((message) => message.messageId ?? message.message)}
    }

    it('offer the rule\'s fix, its suggestions, disabling the rule for the line or the post, and fixing everything', async () => {
      const simplify = diagnostics.find((diagnostic) => diagnostic.code === 'plain-language')!
      const actions = await actionsFor(simplify)
      expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
        ['Fix this plain-language problem', 'quickfix', true],
        ['Replace “utilize” with “use”.', 'quickfix', false],
        ['Disable plain-language for this line', 'quickfix', false],
        ['Disable plain-language for this post', 'quickfix', false],
        ['Fix all parllint problems', 'quickfix', false]
      ])
      expect(actions[0]!.diagnostics).toEqual([simplify])
      const [fix, suggestion, line, post, all] = actions as [CodeAction, CodeAction, CodeAction, CodeAction, CodeAction]
      expect(after(fix)).toEqual({fixed: 'We will will vote to use the new flood fund. ^AR\n', left: ['repeated-word']})
      expect(after(suggestion).fixed).toBe('We will will vote to use the new flood fund. ^AR\n')
      expect(after(line)).toEqual({fixed: `<!-- parllint-disable-next-line plain-language -->\n${text}`, left: ['repeated-word']})
      expect(after(post)).toEqual({fixed: `<!-- parllint-disable plain-language -->\n${text}`, left: ['repeated-word']})
      expect(after(all)).toEqual({fixed: cliFixed(text, file(), root), left: []})
    })

    it('add a rule to a disable comment already above the line instead of stacking a second one', async () => {
      const uri = uriOf(file())
      const disabled = `<!-- parllint-disable-next-line plain-language -- quoting the bill -->\n${text}`
      client.change(uri, 2, disabled)
      const [repeated] = (await client.diagnostics(uri, 2)).diagnostics
      const actions = await actionsFor(repeated!)
      const line = actions.find((action) => action.title === 'Disable redundancy for this line')!
      const fixed = applyEdits(disabled, editsOf(line, uri))
      expect(fixed).toBe(`<!-- parllint-disable-next-line plain-language, redundancy -- quoting the bill -->\n${text}`)
      expect(cliMessages(fixed, file(), root)).toEqual([])
      client.change(uri, 3, text)
      diagnostics = (await client.diagnostics(uri, 3)).diagnostics
    })

    it('fix everything as the source.fixAll.parllint action editors run on save', async () => {
      const actions = await actionsFor(diagnostics[0]!, ['source.fixAll'])
      expect(actions.map((action) => [action.title, action.kind])).toEqual([['Fix all parllint problems', 'source.fixAll.parllint']])
      expect(after(actions[0]!).fixed).toBe('We will vote to use the new flood fund. ^AR\n')
      expect(await actionsFor(diagnostics[0]!, ['source.organizeImports'])).toEqual([])
    })
  })

  it('answers a malformed request with an error for that request, and keeps serving', async () => {
    await expect(client.connection.sendRequest('textDocument/codeAction', {textDocument: {}})).rejects.toThrow('textDocument/codeAction needs textDocument.uri, range and context.')
    await expect(client.connection.sendRequest('parllint/nothing', {})).rejects.toThrow(/Unhandled method parllint\/nothing/)
    const file = path.join(root, 'after-error.txt')
    client.open(uriOf(file), 'We will will vote. ^AR\n')
    expect((await client.diagnostics(uriOf(file), 1)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['redundancy'])
  })

  it('reports a draft the engine cannot split as an error on that draft, and keeps serving', async () => {
    const file = path.join(root, 'odd.txt')
    const text = '://example ^AR\n'
    client.open(uriOf(file), text)
    const published = await client.diagnostics(uriOf(file), 1)
    expect(published.diagnostics.map(asCli)).toEqual(cliMessages(text, file, root))
  })

  it('re-reads the config when it changes, and shows a bad config as one diagnostic and a message, never a dead server', async () => {
    const file = path.join(root, 'config.txt')
    const uri = uriOf(file)
    const config = path.join(root, '.parllintrc.json')
    const changed = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uriOf(config), type: 2}]})
    client.open(uri, 'We will will vote. ^AR\n')
    expect((await client.diagnostics(uri, 1)).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['redundancy'])

    writeFileSync(config, JSON.stringify({...ACCOUNT, rules: {redundancy: 'error', 'plain-languag': 'warn'}}))
    await changed()
    const broken = await client.diagnostics(uri, 1)
    const message = `Invalid config in .parllintrc.json: "rules.plain-languag" is not a known rule. Did you mean "plain-language"? Allowed: ${RULES}.`
    expect(broken.diagnostics).toEqual([{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: 1, source: 'parllint', message}])
    expect(client.messages).toEqual([{type: 1, message: `parllint: ${message}`}])

    writeFileSync(config, JSON.stringify({...ACCOUNT, rules: {redundancy: 'error'}}))
    await changed()
    const fixed = await client.diagnostics(uri, 1)
    expect(fixed.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['redundancy', 1]])
    writeFileSync(config, JSON.stringify(ACCOUNT))
    await changed()
    await client.diagnostics(uri, 1)
  })

  it('ends with exit code 0 after shutdown and exit', async () => {
    expect(await client.stop()).toBe(0)
  })
})

describe('parllint --lsp: cross-post rules over the workspace', () => {
  it('compares open drafts with the drafts on disk and the history, and keeps the findings up to date as drafts change', async () => {
    const post = 'Join us this Saturday at the town hall to talk about the new school budget and what it means for families.\n'
    const root = makeTree({
      '.parllintrc.json': JSON.stringify({history: 'published'}),
      'published/2026-01-10-nurses.txt': '---\ndate: 2026-01-10\n---\nThank you to the nurses of Northside Hospital for everything you did for our community this winter.\n',
      'drafts/town-hall.txt': `---\ndate: 2026-03-02\n---\n${post}`,
      'drafts/nurses.txt': 'Thank you to the nurses of Northside Hospital for everything you did for our community this winter.\n'
    })
    const client = await startClient({cwd: root})
    try {
      const draft = path.join(root, 'drafts', 'reminder.txt')
      const uri = uriOf(draft)
      const text = `---\ndate: 2026-03-05\n---\n${post}`
      writeFileSync(draft, text)
      const cli = runCli(['-f', 'json', 'drafts'], {cwd: root})
      const expected = (JSON.parse(cli.stdout) as {filePath: string; messages: Diagnostic[]}[]).find((result) => result.filePath === draft)!.messages
      expect(expected.map((message) => message.messageId)).toEqual(['duplicate-post'])

      client.open(uri, text)
      // The first diagnostics may come before the drafts on disk are read and compared; the finding follows.
      let published = await client.diagnostics(uri)
      if (published.diagnostics.length === 0) published = await client.diagnostics(uri)
      expect(published.diagnostics.map(asCli)).toEqual(expected.map((message) => ({endLine: message.line, endColumn: message.column, ...message})))

      // The other draft is edited in the editor: the finding on this one goes, without this one changing.
      const other = uriOf(path.join(root, 'drafts', 'town-hall.txt'))
      client.open(other, '---\ndate: 2026-03-02\n---\nOur report on rural clinics is out: read how the new funds reach every valley.\n')
      await client.diagnostics(other, 1)
      expect((await client.diagnostics(uri, 1)).diagnostics).toEqual([])

      // Closing it without saving brings back the draft on disk, and the finding.
      await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: other}})
      expect((await client.diagnostics(uri, 1)).diagnostics.map((diagnostic) => (diagnostic.data as {messageId: string}).messageId)).toEqual(['duplicate-post'])

      // A draft deleted on disk is forgotten; a published post in the history is compared too.
      rmSync(path.join(root, 'drafts', 'town-hall.txt'))
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: other, type: 3}]})
      expect((await client.diagnostics(uri, 1)).diagnostics).toEqual([])
      const nurses = uriOf(path.join(root, 'drafts', 'nurses.txt'))
      client.open(nurses, 'Thank you to the nurses of Northside Hospital for everything you did for our community this winter.\n')
      // Its own problems come at once; what it repeats follows once typing pauses.
      let repeated = await client.diagnostics(nurses, 1)
      if (repeated.diagnostics.length === 0) repeated = await client.diagnostics(nurses, 1)
      expect(repeated.diagnostics.map((diagnostic) => diagnostic.message as string)).toEqual([
        'This post is the same as a post already published (published/2026-01-10-nurses.txt, published 2026-01-10). Say something new, or share the earlier post instead.'
      ])
      const [disable] = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: {uri: nurses},
        range: repeated.diagnostics[0]!.range,
        context: {diagnostics: repeated.diagnostics}
      })
      // Comments do not silence findings across posts: the front matter does.
      expect(disable!.title).toBe('Disable redundancy for this post')
      expect(applyEdits('Thank you.\n', editsOf(disable!, nurses))).toBe('---\ndisable: [redundancy]\n---\nThank you.\n')
    } finally {
      await client.stop()
    }
  })
})

describe('parllint --lsp: the user\'s language', () => {
  it('writes messages and action titles in the client\'s locale, else the environment\'s', async () => {
    const root = makeTree({'.parllintrc.json': '{"platform": "bluesky"}'})
    const uri = uriOf(path.join(root, 'draft.txt'))
    for (const [locale, env, expected] of [
      ['pt-BR', {LANG: 'fr_FR.UTF-8'}, ['Esta publicação é quase só hashtags e emojis', 'Corrija todos os problemas do parllint']],
      ['de', {LANG: 'es_MX.UTF-8', LC_ALL: ''}, ['Esta publicación es casi solo hashtags y emojis', 'Corrija todos los problemas de parllint']]
    ] as const) {
      const client = await startClient({cwd: root, locale, env})
      client.open(uri, 'Hoy #A #B #C #A 🎉🎉\n')
      const {diagnostics} = await client.diagnostics(uri, 1)
      const syntax = diagnostics.find((diagnostic) => (diagnostic.data as {messageId: string}).messageId === 'mostly-syntax')!
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: syntax.range, context: {diagnostics: []}})
      expect([(syntax.message as string).split(' (')[0], actions.at(-1)!.title]).toEqual(expected)
      await client.stop()
    }
  })
})

describe('parllint --lsp: exit', () => {
  it('ends with exit code 1 on exit without shutdown, as the protocol says', async () => {
    const client = await startClient({cwd: makeTree({})})
    const exited = new Promise((resolve) => client.server.on('exit', resolve))
    await client.connection.sendNotification('exit')
    expect(await exited).toBe(1)
  })
})
