// How a rule reports: one call that fills the message template of its meta in
// the user's locale and attaches what the engine needs (rule id, message id,
// fix, suggestions).
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {fill, textOf} from '../src/lang/messages.js'
import type {Fix, Fragment, Locale, MessageData, RuleMeta, Suggestion} from './types.js'

export type Report = {
  messageId: string
  /** The node the problem is about, or an explicit span of offsets in the post. */
  node?: Node
  span?: {start: number; end: number}
  data?: MessageData
  fix?: Fix
  /** Each suggestion's description is a fragment of the rule's table, rendered in the user's locale. */
  suggestions?: {desc: Fragment; fix: Fix}[]
  actual?: string
  expected?: string[]
  /** A lesser finding: reported as a warning even when the rule is set to "error". */
  warningOnly?: boolean
}

/** Extra fields the engine reads back from a reported VFileMessage. */
export type ReportedFields = {
  messageId?: string
  fix?: Fix
  suggestions?: Suggestion[]
  startOffset?: number
  endOffset?: number
  warningOnly?: boolean
}

/** The locale of the post's messages (English when a test lints without an engine). */
export function localeOf(file: VFile): Locale {
  return file.data.post?.locale ?? 'en'
}

export function report(file: VFile, meta: RuleMeta, r: Report): void {
  const template = meta.messages[r.messageId]
  if (template === undefined) {
    throw new Error(`Rule ${meta.id} has no message "${r.messageId}"`)
  }
  const place = r.node?.position
  // A VFileMessage is an Error; its stack is never shown, and capturing it was
  // the largest part of reporting.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(fill(template, r.data, localeOf(file), meta.fragments), {place, ruleId: meta.id, source: 'parllint'})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  const fields = message as typeof message & ReportedFields
  fields.messageId = r.messageId
  fields.url = meta.docs
  if (r.actual !== undefined) message.actual = r.actual
  if (r.expected) message.expected = r.expected
  if (r.fix) fields.fix = r.fix
  if (r.warningOnly) fields.warningOnly = true
  if (r.suggestions && r.suggestions.length > 0) {
    const locale = localeOf(file)
    fields.suggestions = r.suggestions.map(({desc, fix}) => ({desc: textOf(desc, locale, meta.fragments), fix}))
  }
  if (r.span) {
    fields.startOffset = r.span.start
    fields.endOffset = r.span.end
  } else if (place) {
    fields.startOffset = place.start.offset
    fields.endOffset = place.end.offset
  }
}

/** Keeps a small summary of this post for the rule's cross-post phase (never the text itself). */
export function keepSummary(file: VFile, meta: RuleMeta, summary: unknown): void {
  file.data.summaries ??= {}
  file.data.summaries[meta.id] = summary
}
