// `parllint --lsp`: a language server over stdio, a second front door beside the
// CLI (DESIGN.md, "Serving editors"). It stands on the public Linter: the config
// is found for each draft's path as the CLI finds it, messages come in the
// user's locale, and a workspace keeps the summaries cross-post rules compare,
// for the workspace's drafts on disk, its history and the drafts open in the editor.
//
// One lint runs at a time. A change marks its draft dirty; the next lint takes
// the latest text, so edits typed while a lint runs are coalesced into one lint
// (the debounce) without the delay a timer would add. Open drafts go before the
// summaries of drafts on disk, which are read in the background after start-up.
import {statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {format} from 'node:util'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeParams
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {SEARCH_PLACES} from '../config/load.js'
import {PLATFORMS} from '../config/schema.js'
import {findTargets, type IgnoreCheck} from '../inputs/find.js'
import {createIgnoreCheck, IGNORE_FILE} from '../inputs/ignore.js'
import {readDraft} from '../inputs/read.js'
import {localeOf, resolveLocale} from '../lang/locale.js'
import {fill} from '../lang/messages.js'
import {ConfigError, createLinter, type LinterOptions, type LintMessage} from '../linter.js'
import {packageInfo} from '../package-info.js'
import {parseFrontMatter} from '../post/front-matter.js'
import {byPosition} from '../results.js'
import {codeActions, FIX_ALL_KIND, type Linted} from './actions.js'
import {toDiagnostic} from './convert.js'
import {TEXTS} from './texts.js'

export type ServerOptions = Pick<LinterOptions, 'configFile' | 'lang' | 'platform' | 'rules' | 'locale' | 'env'> & {
  /** The folder to serve when the client names none. */
  cwd: string
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

const EXTENSIONS = ['.txt', '.md', '.markdown', '.mdx']
const LANGUAGE_IDS = new Set(['plaintext', 'text', 'markdown'])
const CONFIG_NAMES = new Set([...SEARCH_PLACES, IGNORE_FILE])

/** An open draft as last published: its own problems, and those found against other posts (as of the last comparison). */
type OpenDraft = Linted & {version: number; local: LintMessage[]; cross: LintMessage[]}

// Comparing with every other post costs more as the history grows (5,000 published posts:
// a few hundred milliseconds), so it waits until typing pauses; a keystroke lints only its draft.
const CROSS_POST_DELAY_MS = 400

/** Serves until the client says exit; resolves with the exit code the protocol asks for (0 after a shutdown request). */
export function startServer(options: ServerOptions): Promise<number> {
  const connection = createConnection(options.input, options.output)
  // stdout is the protocol: anything a dependency logs goes to the client's log instead.
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args))
  console.warn = console.error = (...args: unknown[]) => connection.console.warn(format(...args))
  // A failure in one draft's lint or one notification is logged; it never ends the server.
  process.on('unhandledRejection', (reason) => connection.console.error(`parllint: ${detailOf(reason)}`))

  type Session = ReturnType<typeof openSession>
  const documents = new TextDocuments(TextDocument)
  const open = new Map<string, OpenDraft>()
  let folders: string[] = [options.cwd]
  let clientLocale: LinterOptions['defaultLocale']
  let session: Session
  let shutdown = false

  function openSession() {
    const {configFile, lang, platform, rules, locale, env} = options
    const linter = createLinter({configFile, lang, platform, rules, locale, env, cwd: folders[0], defaultLocale: clientLocale})
    const workspace = linter.createWorkspace()
    const isIgnored: Promise<IgnoreCheck> = createIgnoreCheck({
      cwd: folders[0]!,
      enabled: true,
      cliPatterns: [],
      configPatternsFor: async (file) => {
        try {
          const config = await linter.configFor(file)
          return {base: config.filepath ? path.dirname(config.filepath) : folders[0]!, patterns: config.ignorePatterns}
        } catch {
          return {base: folders[0]!, patterns: []} // the config error is shown on the draft
        }
      }
    })
    return {linter, workspace, isIgnored, configErrors: new Set<string>(), history: new Set<string>()}
  }

  // ---- The queue: open drafts first, then drafts on disk. ----
  const dirty = new Set<string>()
  const background: (() => Promise<void>)[] = []
  let draining = false

  function schedule() {
    if (draining) return
    draining = true
    setImmediate(drain)
  }

  async function drain() {
    while (dirty.size > 0 || background.length > 0) {
      const uri = dirty.values().next().value
      try {
        if (uri !== undefined) {
          dirty.delete(uri)
          await validate(uri)
        } else {
          await background.shift()!()
          if (background.length === 0) refreshCrossPost()
        }
      } catch (error) {
        connection.console.error(`parllint: ${detailOf(error)}`)
      }
    }
    draining = false
  }

  function lintLater(uri: string) {
    dirty.add(uri)
    schedule()
  }

  // ---- Open drafts ----
  function filePathOf(document: TextDocument): string | undefined {
    const uri = new URL(document.uri)
    if (uri.protocol === 'file:') {
      const file = fileURLToPath(uri)
      return EXTENSIONS.includes(path.extname(file).toLowerCase()) || LANGUAGE_IDS.has(document.languageId) ? file : undefined
    }
    // An untitled draft takes the config of the workspace folder.
    if (!LANGUAGE_IDS.has(document.languageId)) return undefined
    const name = path.basename(decodeURIComponent(uri.pathname)) || 'untitled'
    return path.join(folders[0]!, `${name}${document.languageId === 'markdown' ? '.md' : '.txt'}`)
  }

  async function validate(uri: string) {
    const document = documents.get(uri)
    const filePath = document && filePathOf(document)
    if (!document || !filePath) return
    const current = session
    if (await (await current.isIgnored)(filePath, false)) {
      open.delete(uri)
      void connection.sendDiagnostics({uri, version: document.version, diagnostics: []})
      return
    }
    const {version} = document
    const text = document.getText()
    let result
    try {
      result = await current.linter.lintText(text, {filePath, workspace: current.workspace, crossPost: false})
    } catch (error) {
      if (documents.get(uri)?.version === version) publishFailure(uri, version, error)
      return
    }
    // A newer version is queued already; a new session lints it again.
    if (documents.get(uri)?.version !== version || current !== session) return
    const bodyStart = (await parseFrontMatter(text, {platforms: PLATFORMS, ruleIds: current.linter.rules.map(({meta}) => meta.id)})).end
    const draft: OpenDraft = {document, version, local: result.messages, messages: result.messages, locale: result.locale, bodyStart, cross: open.get(uri)?.cross ?? []}
    open.set(uri, draft)
    publish(uri, draft, draft.cross)
    refreshCrossPostSoon()
  }

  function crossPostOf(draft: OpenDraft): LintMessage[] {
    const filePath = filePathOf(draft.document)
    return filePath ? session.linter.crossPostMessages(session.workspace, filePath, draft.document.getText()) : []
  }

  function publish(uri: string, draft: OpenDraft, cross: LintMessage[]) {
    draft.cross = cross
    const crossPost = cross.map((message) => ({...message, crossPost: true}))
    draft.messages = [...draft.local, ...crossPost].sort(byPosition)
    void connection.sendDiagnostics({uri, version: draft.version, diagnostics: draft.messages.map(toDiagnostic)})
  }

  /** Republishes the open drafts whose cross-post findings changed (they, or another draft, were edited, saved or deleted). */
  function refreshCrossPost() {
    for (const [uri, draft] of open) {
      if (documents.get(uri)?.version !== draft.version) continue
      const cross = crossPostOf(draft)
      if (JSON.stringify(cross) !== JSON.stringify(draft.cross)) publish(uri, draft, cross)
    }
  }

  let crossPostTimer: NodeJS.Timeout | undefined
  function refreshCrossPostSoon() {
    clearTimeout(crossPostTimer)
    crossPostTimer = setTimeout(() => {
      background.push(async () => refreshCrossPost())
      schedule()
    }, CROSS_POST_DELAY_MS)
  }

  function publishFailure(uri: string, version: number, error: unknown) {
    const locale = options.locale ?? clientLocale ?? resolveLocale({env: options.env ?? process.env})
    const isConfig = error instanceof ConfigError
    const message = isConfig ? error.texts[locale] : fill(TEXTS.failed, {detail: error instanceof Error ? error.message : String(error)}, locale)
    const diagnostic: Diagnostic = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Error, source: 'parllint', message}
    open.delete(uri)
    void connection.sendDiagnostics({uri, version, diagnostics: [diagnostic]})
    if (isConfig) {
      // Said once per session and config problem, not on every keystroke.
      if (!session.configErrors.has(message)) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `parllint: ${message}`})
      session.configErrors.add(message)
    } else {
      connection.console.error(`parllint failed on ${uri}: ${detailOf(error)}`)
    }
  }

  // ---- Drafts and published posts on disk: summarised once, then kept up to date. ----
  function isOpen(file: string) {
    return documents.all().some((document) => filePathOf(document) === file)
  }

  function summarizeLater(file: string, current = session) {
    background.push(async () => {
      if (current !== session || isOpen(file)) return
      if ([...current.history].some((folder) => isInside(file, folder))) return summarizePublished(file, current)
      const content = readDraft(file)
      if (!content.ok || (await (await current.isIgnored)(file, false))) return current.workspace.remove(file)
      try {
        await current.linter.lintText(content.text, {filePath: file, workspace: current.workspace, crossPost: false})
      } catch {
        current.workspace.remove(file) // a bad config is shown on the drafts that are open
      }
    })
    schedule()
  }

  async function summarizePublished(file: string, current: Session) {
    const content = readDraft(file)
    if (!content.ok) return current.workspace.remove(file)
    // Without a date in its front matter, a published post is dated by its file, as in a run.
    await current.workspace.addPublished(file, content.text, {date: modifiedDay(file)})
  }

  /** Finds the workspace's drafts and its history, as `parllint` run in the folder would. */
  async function scan(current: Session) {
    for (const folder of folders) {
      let config
      try {
        config = await current.linter.configFor(path.join(folder, 'draft.txt'))
      } catch {
        continue
      }
      // Without a parllint config, a folder is not a press office's drafts (it may be a home folder): only open drafts are compared.
      if (!config.filepath) continue
      const isIgnored = await current.isIgnored
      if (config.history) {
        current.history.add(config.history)
        const published = await findTargets({cwd: folder, patterns: [config.history], extensions: EXTENSIONS, isIgnored: async () => false}).catch(() => undefined)
        for (const target of published?.targets ?? []) summarizeLater(target.path, current)
      }
      const drafts = await findTargets({cwd: folder, patterns: [folder], extensions: EXTENSIONS, isIgnored}).catch(() => undefined)
      for (const target of drafts?.targets ?? []) if (!isInside(target.path, config.history)) summarizeLater(target.path, current)
    }
  }

  function restart() {
    session = openSession()
    background.length = 0
    for (const draft of open.values()) draft.cross = []
    for (const document of documents.all()) dirty.add(document.uri)
    schedule()
    void scan(session)
  }

  // ---- The protocol ----
  let watchFiles = false
  connection.onInitialize((params: InitializeParams) => {
    const named = (params.workspaceFolders ?? []).map((folder) => folder.uri)
    const rootUri = params.rootUri ?? undefined
    const uris = named.length > 0 ? named : rootUri ? [rootUri] : []
    const local = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
    if (local.length > 0) folders = local
    else if (params.rootPath) folders = [params.rootPath]
    clientLocale = localeOf(params.locale ?? undefined)
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    session = openSession()
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]}
      },
      serverInfo: {name: 'parllint', version: packageInfo().version}
    }
  })

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: `**/{${[...CONFIG_NAMES].join(',')}}`}, {globPattern: `**/*.{${EXTENSIONS.map((ext) => ext.slice(1)).join(',')}}`}]
      })
    }
    void scan(session)
  })

  documents.onDidChangeContent((event) => lintLater(event.document.uri))

  documents.onDidClose((event) => {
    const file = filePathOf(event.document)
    open.delete(event.document.uri)
    dirty.delete(event.document.uri)
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
    if (!file) return
    // What is on disk is the draft now (or nothing, for an untitled one).
    if (event.document.uri.startsWith('file:')) summarizeLater(file)
    else {
      session.workspace.remove(file)
      refreshCrossPostSoon()
    }
  })

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => CONFIG_NAMES.has(path.basename(change.uri)))) return restart()
    for (const change of params.changes) {
      if (!change.uri.startsWith('file:')) continue
      const file = fileURLToPath(change.uri)
      if (!EXTENSIONS.includes(path.extname(file).toLowerCase())) continue
      if (change.type === FileChangeType.Deleted) {
        session.workspace.remove(file)
        refreshCrossPostSoon()
      } else summarizeLater(file)
    }
  })

  connection.onCodeAction(async (params) => {
    if (typeof params?.textDocument?.uri !== 'string' || !params.range || !params.context) {
      throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument/codeAction needs textDocument.uri, range and context.')
    }
    const draft = open.get(params.textDocument.uri)
    const document = documents.get(params.textDocument.uri)
    if (!draft || !document || document.version !== draft.version) return []
    const filePath = filePathOf(document)!
    return codeActions(params, draft, async () => (await session.linter.lintText(document.getText(), {filePath, fix: true})).output)
  })

  connection.onShutdown(() => {
    shutdown = true
    clearTimeout(crossPostTimer)
    background.length = 0
    dirty.clear()
  })

  const exited = new Promise<number>((resolve) => connection.onExit(() => resolve(shutdown ? 0 : 1)))
  documents.listen(connection)
  connection.listen()
  return exited
}

function detailOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

function isInside(file: string, folder: string | undefined): boolean {
  if (!folder) return false
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

function modifiedDay(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString().slice(0, 10)
  } catch {
    return undefined
  }
}
