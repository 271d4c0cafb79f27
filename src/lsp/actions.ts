// Code actions on a draft: each problem's fix and suggestions, "disable RULE for
// this line / this post", and "fix all parllint problems" (also as the
// source.fixAll.parllint action editors run on save).
import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {fill} from '../lang/messages.js'
import type {Locale} from '../lang/languages.js'
import type {Fix, LintMessage} from '../linter.js'
import {toDiagnostic, toTextEdit} from './convert.js'
import {disableInFrontMatterEdit, disableLineEdit, disablePostEdit, wholeEdit, type Edit} from './edits.js'
import {TEXTS} from './texts.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.parllint`

/** A linted version of a draft, as the server keeps it for code actions. */
export type Linted = {
  document: TextDocument
  /** The draft's problems; `crossPost` ones come from comparing it with other posts, and directive comments do not silence them. */
  messages: (LintMessage & {crossPost?: boolean})[]
  locale: Locale
  /** Where the post starts, after its front matter. */
  bodyStart: number
}

export async function codeActions(params: CodeActionParams, linted: Linted, fixAll: () => Promise<string | undefined>): Promise<CodeAction[]> {
  const {document, locale} = linted
  const edit = (edits: Edit[]) => ({changes: {[document.uri]: edits.map((one) => toTextEdit(document, one))}})
  const text = (key: keyof typeof TEXTS, rule?: string) => fill(TEXTS[key], rule ? {rule} : {}, locale)
  const fixAllAction = async (kind: string): Promise<CodeAction[]> => {
    const output = linted.messages.some((message) => message.fix) ? await fixAll() : undefined
    return output === undefined ? [] : [{title: text('fixAll'), kind, edit: edit([wholeEdit(document.getText(), output)])}]
  }

  const only = params.context.only
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) {
    // Source actions: fix all, asked for by kind (on save, or the editor's "fix all" command).
    const wanted = only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`))
    return wanted ? fixAllAction(FIX_ALL_KIND) : []
  }

  const actions: CodeAction[] = []
  const offered = new Set<string>()
  for (const message of relevant(params, linted)) {
    const diagnostics: Diagnostic[] = [toDiagnostic(message)]
    const rule = message.ruleId ?? ''
    if (message.fix) actions.push({title: text('fix', rule), kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: edit([fromFix(message.fix)])})
    for (const suggestion of message.suggestions ?? []) {
      actions.push({title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([fromFix(suggestion.fix)])})
    }
    if (message.ruleId === null) continue
    const source = document.getText()
    const disables: [string, Edit | undefined][] = message.crossPost
      ? [[text('disablePost', rule), disableInFrontMatterEdit(source, linted.bodyStart, rule)]]
      : [
          [text('disableLine', rule), disableLineEdit(source, message.line, rule)],
          [text('disablePost', rule), disablePostEdit(source, linted.bodyStart, rule)]
        ]
    for (const [title, change] of disables) {
      // One "disable" of each kind per rule, however many of its problems the range covers.
      if (!change || offered.has(`${title}\0${change.start}`)) continue
      offered.add(`${title}\0${change.start}`)
      actions.push({title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit([change])})
    }
  }
  return [...actions, ...(await fixAllAction(CodeActionKind.QuickFix))]
}

/** The problems a request is about: the diagnostics it names, else those its range touches. */
function relevant(params: CodeActionParams, linted: Linted): Linted['messages'] {
  const named = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'parllint')
  if (named.length > 0) {
    return linted.messages.filter((message) => {
      const own = toDiagnostic(message)
      return named.some((diagnostic) => diagnostic.message === own.message && diagnostic.code === own.code && sameRange(diagnostic, own))
    })
  }
  const {start, end} = params.range
  const from = linted.document.offsetAt(start)
  const to = linted.document.offsetAt(end)
  return linted.messages.filter((message) => message.offset <= to && message.endOffset >= from)
}

const fromFix = (fix: Fix): Edit => ({start: fix.range[0], end: fix.range[1], text: fix.text})

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character
}
