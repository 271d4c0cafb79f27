// A language client for tests: spawns `parllint --lsp` as an editor would and
// speaks JSON-RPC to it with Microsoft's own protocol library.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, Range, ShowMessageParams, TextEdit} from 'vscode-languageserver-protocol'
import {BIN} from './cli.js'

export type Client = {
  connection: MessageConnection
  server: ChildProcessWithoutNullStreams
  initialized: InitializeResult
  /** The diagnostics the server published for a document: the next ones, or those of a given version. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>
  open(uri: string, text: string, languageId?: string): void
  change(uri: string, version: number, text: string): void
  messages: ShowMessageParams[]
  stderr(): string
  /** shutdown, exit, and the server's exit code. */
  stop(): Promise<number | null>
}

export const uriOf = (file: string) => pathToFileURL(file).href

export async function startClient(options: {cwd: string; args?: string[]; locale?: string; watch?: boolean; env?: Record<string, string>}): Promise<Client> {
  const server = spawn(process.execPath, [BIN, '--lsp', ...(options.args ?? [])], {cwd: options.cwd, env: {...process.env, ...options.env}})
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const published: PublishDiagnosticsParams[] = []
  const waiting: {uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void}[] = []
  const messages: ShowMessageParams[] = []
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const index = waiting.findIndex((wait) => wait.uri === params.uri && (wait.version === undefined || wait.version === params.version))
    if (index === -1) published.push(params)
    else waiting.splice(index, 1)[0]!.resolve(params)
  })
  connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
    messages.push(params)
  })
  connection.onNotification('window/logMessage', () => undefined)
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: uriOf(options.cwd),
    workspaceFolders: [{uri: uriOf(options.cwd), name: 'drafts'}],
    ...(options.locale ? {locale: options.locale} : {}),
    capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: options.watch ?? true}}}
  })
  await connection.sendNotification('initialized', {})
  return {
    connection,
    server,
    initialized,
    messages,
    stderr: () => stderr,
    diagnostics(uri, version) {
      const index = published.findIndex((params) => params.uri === uri && (version === undefined || params.version === version))
      if (index !== -1) return Promise.resolve(published.splice(index, 1)[0]!)
      return new Promise((resolve) => waiting.push({uri, version, resolve}))
    },
    open(uri, text, languageId = 'plaintext') {
      void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    },
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      const code = await exited
      connection.dispose()
      return code
    }
  }
}

/** A document's text after a code action's edits (edits of one document, applied from the end). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (position: Range['start']) => {
    const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/u)
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length, 0) + position.character
  }
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  return sorted.reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text)
}

export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

export type {CodeAction, Diagnostic}
