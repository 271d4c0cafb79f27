// How a rule reports: one call that fills the message template of its meta and
// attaches what the engine needs (rule id, message id, fix, suggestions).
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {Fix, RuleMeta, Suggestion} from './types.js'

export type Report = {
  messageId: string
  /** The node the problem is about, or an explicit span of offsets in the post. */
  node?: Node
  span?: {start: number; end: number}
  data?: Record<string, string | number>
  fix?: Fix
  suggestions?: Suggestion[]
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

export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole
  )
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
    message = file.message(fill(template, r.data), {place, ruleId: meta.id, source: 'parllint'})
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
  if (r.suggestions && r.suggestions.length > 0) fields.suggestions = r.suggestions
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
