// One self-contained page (no network) for press staff: each draft shown as it
// will be posted, its problems highlighted in place and explained beside it, a
// summary per rule, and the platform length of each post or part as a gauge. It speaks
// the user's locale; each draft is marked with the language it was checked in.
import {profileFor} from '../../rules/lib/profile.js'
import {partitionPoint} from '../../rules/lib/search.js'
import {isLanguage, isLanguageCode, type Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {LineIndex} from '../post/lines.js'
import type {Diagnostic, LintResult} from '../results.js'
import {TEXTS} from './texts.js'
import {counted, relativePath, type Formatter} from './types.js'

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem}table{border-collapse:collapse;margin-bottom:2rem}td,th{padding:.25rem .75rem;border-bottom:1px solid #ddd;text-align:left}
.draft{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;border:1px solid #ccc;border-radius:8px;padding:1rem;margin-bottom:1.5rem}
.draft h2{grid-column:1/-1;font-size:1.05rem;margin:0}.post{white-space:pre-wrap;font-size:1.05rem;background:#fafafa;padding:1rem;border-radius:6px}
mark{background:#fde68a;border-bottom:2px solid #b45309;padding:0 1px}mark::after{content:attr(data-problem);font-size:.65em;vertical-align:super;margin-left:1px;color:#7c2d12}mark.error{background:#fecaca;border-bottom-color:#b91c1c}
ol{margin:0;padding-left:1.25rem}li{margin-bottom:.6rem}.rule{color:#555;font-size:.85rem}.lang{font-weight:normal;color:#555;font-size:.85rem;margin-left:.5rem}
.length{grid-column:1/-1;margin:-1rem 0 0;color:#555;font-size:.85rem}.gauge{grid-column:1/-1;height:.6rem;background:#e5e7eb;border-radius:4px;overflow:hidden}.gauge span{display:block;height:100%;background:#16a34a}.gauge.over span{background:#dc2626}
.clean{color:#166534}`

type Mark = {start: number; end: number; index: number; severity: 1 | 2}

function marksOf(text: string, messages: readonly Diagnostic[]): Mark[] {
  // Lines counted as the engine counts them, so a line and column become the same offset.
  const lines = new LineIndex(text)
  const at = (line: number, column: number) => Math.min(text.length, lines.lineStart(line) + column - 1)
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

type Labels = {locale: Locale; nameOf: (ruleId: string | null) => string; languageName: (code: string) => string | undefined}

function draftHtml(result: LintResult, cwd: string, {locale, nameOf, languageName}: Labels): string {
  const file = escape(relativePath(result.filePath, cwd))
  const language = result.lang && languageName(result.lang)
  const text = result.source ?? ''
  // Shown as it will be posted: without front matter and parllint comments (ranges apart from
  // each other). One pass over the text and the ranges, however many there are.
  const hidden = [...(result.notPosted ?? [])].sort((a, b) => a[0] - b[0])
  let next = 0
  const posted = (from: number, to: number) => {
    let kept = ''
    for (let at = from; at < to; ) {
      while (next < hidden.length && hidden[next]![1] <= at) next++
      const range = hidden[next]
      if (range && range[0] <= at) {
        at = range[1]
        continue
      }
      const stop = Math.min(to, range ? range[0] : to)
      kept += text.slice(at, stop)
      at = stop
    }
    return escape(kept)
  }
  const isHidden = hiddenCheck(hidden)
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
        .map((message) => {
          const kind = message.severity === 2 ? 'error' : 'warning'
          // A problem with the file as a whole (its encoding) has no line to name.
          const where = [TEXTS[kind][locale], nameOf(message.ruleId), ...(message.line > 0 ? [fill(TEXTS.line, {line: message.line}, locale)] : [])]
          return `<li class="${kind}">${escape(message.message)}<div class="rule">${escape(where.join(' · '))}</div></li>`
        })
        .join('')}</ol>`
    : `<p class="clean">${escape(TEXTS.clean[locale])}</p>`
  const gauges = (result.lengths ?? [])
    .map((length) => {
      const measured = fill(TEXTS.length, length, locale)
      const what = escape(length.of > 1 ? fill(TEXTS.partLength, {part: length.part, of: length.of, length: measured}, locale) : measured)
      return `<div class="gauge${length.count > length.limit ? ' over' : ''}" title="${what}"><span style="width:${Math.min(100, Math.round((100 * length.count) / length.limit))}%"></span></div><p class="length">${what}</p>`
    })
    .join('')
  const heading = language ? `${file} <span class="lang" lang="${escape(result.lang!)}">${escape(language)}</span>` : file
  return `<section class="draft" data-file="${file}"><h2>${heading}</h2>${gauges}<div class="post">${body}</div><div class="problems">${list}</div></section>\n`
}

/** Whether an offset is in one of the ranges (sorted, apart): a binary search. */
function hiddenCheck(ranges: readonly [number, number][]): (offset: number) => boolean {
  return (offset) => {
    const next = partitionPoint(ranges.length, (index) => ranges[index]![0] <= offset)
    return next > 0 && offset < ranges[next - 1]![1]
  }
}

/**
 * A language by its own name ("Español"): the four from their profiles, another declared
 * code ("ca") as Intl names it in that language; nothing when no language could be told.
 */
function languageNames(): (code: string) => string | undefined {
  const names = new Map<string, string | undefined>()
  return (code) => {
    if (!names.has(code)) {
      let name: string | undefined
      if (isLanguage(code)) name = profileFor(code).name
      else if (isLanguageCode(code)) {
        const own = new Intl.DisplayNames([code], {type: 'language', fallback: 'none'}).of(code)
        name = own && own.charAt(0).toLocaleUpperCase(code) + own.slice(1)
      }
      names.set(code, name)
    }
    return names.get(code)
  }
}

export const html: Formatter = ({cwd, rules = [], locale = 'en'}) => {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  // A rule this run does not describe (a test's) goes by its id.
  const nameOf = (ruleId: string | null) => (ruleId === null ? TEXTS.draftFile[locale] : (byId.get(ruleId)?.name ?? ruleId))
  const checksOf = (ruleId: string | null) => (ruleId === null ? TEXTS.draftFileChecks[locale] : (byId.get(ruleId)?.description ?? ''))
  const labels: Labels = {locale, nameOf, languageName: languageNames()}
  const byRule = new Map<string | null, number>()
  let sections = ''
  return {
    file(result) {
      for (const message of result.messages) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
      // The page needs every draft before its summary, so sections are kept until the end.
      sections += draftHtml(result, cwd, labels)
      return ''
    },
    end({errorCount, warningCount}) {
      const say = (key: 'title' | 'ruleColumn' | 'checksColumn' | 'problemsColumn') => escape(TEXTS[key][locale])
      const rows = [...byRule]
        .sort((a, b) => b[1] - a[1])
        .map(([rule, count]) => `<tr><td>${escape(nameOf(rule))}</td><td>${escape(checksOf(rule))}</td><td>${count}</td></tr>`)
        .join('')
      const summary = rows ? `<table><tr><th>${say('ruleColumn')}</th><th>${say('checksColumn')}</th><th>${say('problemsColumn')}</th></tr>${rows}</table>` : ''
      const heading = escape(fill(TEXTS.heading, {errors: counted('errors', errorCount, locale), warnings: counted('warnings', warningCount, locale)}, locale))
      return `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${say('title')}</title><style>${STYLE}</style></head><body>\n<h1>${heading}</h1>\n${summary}\n${sections}</body></html>\n`
    }
  }
}
