// parllint's messages as LSP diagnostics, and its edits as LSP text edits.
import {DiagnosticSeverity, type Diagnostic, type Range, type TextEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {LintMessage} from '../linter.js'
import type {Edit} from './edits.js'

/** What a diagnostic carries beyond the LSP's fields: the CLI's messageId, and where the problem is as offsets. */
export type DiagnosticData = {messageId?: string; offset: number; endOffset: number}

/** The CLI's 1-based line and column (0 for the whole file) as an LSP range; a finding with no end is an empty range at its start. */
export function rangeOf(message: LintMessage): Range {
  const start = {line: Math.max(message.line - 1, 0), character: Math.max(message.column - 1, 0)}
  const end = message.endLine === undefined ? start : {line: Math.max(message.endLine - 1, 0), character: Math.max((message.endColumn ?? 1) - 1, 0)}
  return {start, end}
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  const data: DiagnosticData = {...(message.messageId ? {messageId: message.messageId} : {}), offset: message.offset, endOffset: message.endOffset}
  return {
    range: rangeOf(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'parllint',
    ...(message.ruleId === null ? {} : {code: message.ruleId}),
    ...(message.docsUrl ? {codeDescription: {href: message.docsUrl}} : {}),
    message: message.message,
    data
  }
}

export function toTextEdit(document: TextDocument, edit: Edit): TextEdit {
  return {range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)}, newText: edit.text}
}
