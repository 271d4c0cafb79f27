// One self-contained page (no network) for press staff: each draft shown as it
// will be posted, its problems highlighted in place and explained beside it, a
// summary per rule, and the platform length as a gauge when the draft has one.
import {relativePath, type Formatter} from './types.js'
import type {Diagnostic, LintResult} from '../results.js'

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem}table{border-collapse:collapse;margin-bottom:2rem}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}
.draft{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;border:1px solid #ccc;border-radius:8px;padding:1rem;margin-bottom:1.5rem}
.draft h2{grid-column:1/-1;font-size:1.05rem;margin:0}.post{white-space:pre-wrap;font-size:1.05rem;background:#fafafa;padding:1rem;border-radius:6px}
mark{background:#fde68a;border-bottom:2px solid #b45309;padding:0 1px}mark::after{content:attr(data-problem);font-size:.65em;vertical-align:super;margin-left:1px;color:#7c2d12}mark.error{background:#fecaca;border-bottom-color:#b91c1c}
ol{margin:0;padding-left:1.25rem}li{margin-bottom:.6rem}.rule{color:#555;font-size:.85rem}
.length{grid-column:1/-1;margin:-1rem 0 0;color:#555;font-size:.85rem}.gauge{grid-column:1/-1;height:.6rem;background:#e5e7eb;border-radius:4px;overflow:hidden}.gauge span{display:block;height:100%;background:#16a34a}.gauge.over span{background:#dc2626}
.clean{color:#166534}`

type Mark = {start: number; end: number; index: number; severity: 1 | 2}

/** Offsets of each 1-based line's start, so line/column become offsets in the text. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1)
  return starts
}

function marksOf(text: string, messages: readonly Diagnostic[]): Mark[] {
  const starts = lineStarts(text)
  const at = (line: number, column: number) => Math.min(text.length, (starts[line - 1] ?? text.length) + column - 1)
  const marks: Mark[] = []
  messages.forEach((message, index) => {
    if (message.line < 1) return
    const start = at(message.line, message.column)
    const end = message.endLine ? at(message.endLine, message.endColumn ?? message.column) : start
    marks.push({start, end: Math.max(end, start + 1), index, severity: message.severity})
  })
  // Nested or overlapping problems: the first one keeps the highlight, the list keeps all.
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Mark[] = []
  for (const mark of marks) if (!kept.length || mark.start >= kept.at(-1)!.end) kept.push(mark)
  return kept
}

function draftHtml(result: LintResult, cwd: string): string {
  const file = escape(relativePath(result.filePath, cwd))
  const text = result.source ?? ''
  // Shown as it will be posted: without front matter and parllint comments.
  const hidden = result.notPosted ?? []
  const isHidden = (offset: number) => hidden.some(([start, end]) => offset >= start && offset < end)
  const posted = (from: number, to: number) => {
    let kept = ''
    // A problem at the very end of the text has an empty highlight, not one past the text.
    for (let at = from; at < Math.min(to, text.length); at++) if (!isHidden(at)) kept += text[at]
    return escape(kept)
  }
  const marks = marksOf(text, result.messages).filter((mark) => !isHidden(mark.start))
  let body = ''
  let last = 0
  for (const mark of marks) {
    body += posted(last, mark.start)
    body += `<mark class="${mark.severity === 2 ? 'error' : 'warning'}" data-problem="${mark.index + 1}">${posted(mark.start, mark.end)}</mark>`
    last = mark.end
  }
  body = (body + posted(last, text.length)).trim()
  const list = result.messages.length
    ? `<ol>${result.messages
        .map(
          (message) =>
            `<li class="${message.severity === 2 ? 'error' : 'warning'}">${escape(message.message)}<div class="rule">${message.severity === 2 ? 'Error' : 'Warning'} · ${escape(message.ruleId ?? 'parllint')} · line ${message.line}</div></li>`
        )
        .join('')}</ol>`
    : '<p class="clean">No problems found.</p>'
  const gauge = result.length
    ? `<div class="gauge${result.length.count > result.length.limit ? ' over' : ''}" title="${result.length.count}/${result.length.limit} ${escape(result.length.unit)} on ${escape(result.length.platform)}"><span style="width:${Math.min(100, Math.round((100 * result.length.count) / result.length.limit))}%"></span></div><p class="length">${result.length.count}/${result.length.limit} ${escape(result.length.unit)} on ${escape(result.length.platform)}</p>`
    : ''
  return `<section class="draft" data-file="${file}"><h2>${file}</h2>${gauge}<div class="post">${body}</div><div class="problems">${list}</div></section>\n`
}

export const html: Formatter = ({cwd}) => {
  const byRule = new Map<string, number>()
  let sections = ''
  return {
    file(result) {
      for (const message of result.messages) byRule.set(message.ruleId ?? 'parllint', (byRule.get(message.ruleId ?? 'parllint') ?? 0) + 1)
      // The page needs every draft before its summary, so sections are kept until the end.
      sections += draftHtml(result, cwd)
      return ''
    },
    end({errorCount, warningCount}) {
      const rows = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `<tr><td>${escape(rule)}</td><td>${count}</td></tr>`).join('')
      const summary = rows ? `<table><tr><th>Rule</th><th>Problems</th></tr>${rows}</table>` : ''
      return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>parllint report</title><style>${STYLE}</style></head><body>\n<h1>parllint: ${errorCount} errors, ${warningCount} warnings</h1>\n${summary}\n${sections}</body></html>\n`
    }
  }
}
