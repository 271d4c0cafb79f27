// Platform exports of published posts (config history and opponents): JSON Lines,
// one object a line, or CSV with a header row; either has a `text` column, and may
// have `lang` and `date`. A bad row is reported with its file and line and skipped:
// it never stops the run. The CSV parser (csv-parse) loads only when a CSV export is read.
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {decodeDraft, readDraft} from './read.js'
import {TEXTS} from './texts.js'

export type ExportRow = {text: string; lang?: string; date?: string; line: number}
/** A problem's message is a phrase without a full stop, for the caller's sentence: "rivals.csv line 26: the text is empty." */
export type ExportRead = {rows: ExportRow[]; problems: {line?: number; message: string}[]}

const EXPORT = /\.(?:jsonl|ndjson|csv)$/iu

/** Whether a path names an export file rather than a post or a folder of posts. */
export function isExport(file: string): boolean {
  return EXPORT.test(file)
}

export async function readExport(file: string, options: {bytes?: Uint8Array; locale?: Locale} = {}): Promise<ExportRead> {
  const locale = options.locale ?? 'en'
  const as = {locale, kind: 'export'} as const
  const content = options.bytes ? decodeDraft(options.bytes, as) : readDraft(file, as)
  if (!content.ok) return {rows: [], problems: [{message: content.reason.replace(/\.$/u, '')}]}
  return /\.csv$/iu.test(file) ? readCsv(content.text, locale) : readJsonLines(content.text, locale)
}

function readJsonLines(text: string, locale: Locale): ExportRead {
  const read: ExportRead = {rows: [], problems: []}
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    if (!raw.trim()) continue
    let row: unknown
    try {
      row = JSON.parse(raw)
    } catch {
      read.problems.push({line, message: TEXTS.notJson[locale]})
      continue
    }
    addRow(read, row, line, locale)
  }
  return read
}

// Exports from spreadsheets and platforms are often slightly off (a stray quote, a short row):
// such rows are read as they are; a row that cannot be read at all is reported.
async function readCsv(text: string, locale: Locale): Promise<ExportRead> {
  const {parse} = await import('csv-parse/sync')
  const read: ExportRead = {rows: [], problems: []}
  const lines = text.split('\n')
  // The line a row starts on: the first non-blank line after the previous row.
  let previousEnd = 0
  const startLine = () => {
    let line = previousEnd + 1
    while (line < lines.length && !lines[line - 1]!.trim()) line++
    return line
  }
  let header: string[] = []
  const records = parse(text, {
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    relax_quotes: true,
    relax_column_count: true,
    columns: (names: string[]) => {
      previousEnd = 1
      return (header = names.map((name) => name.trim().toLowerCase()))
    },
    on_record: (record: Record<string, string>, context: {lines: number}) => {
      const line = startLine()
      previousEnd = context.lines
      return {record, line}
    },
    on_skip: (error: {code?: string; message: string; lines?: number} | undefined) => {
      read.problems.push({line: startLine(), message: csvProblem(error, locale)})
      previousEnd = error?.lines ?? previousEnd + 1
    }
  }) as unknown as {record: Record<string, string>; line: number}[]
  if (!header.includes('text')) {
    const message = header.length ? fill(TEXTS.noTextColumn, {columns: header.map((name) => `"${name}"`).join(', ')}, locale) : TEXTS.noColumns[locale]
    return {rows: [], problems: [{message}]}
  }
  for (const {record, line} of records) addRow(read, record, line, locale)
  return read
}

// csv-parse's other errors are said in its own (English) words.
function csvProblem(error: {code?: string; message: string} | undefined, locale: Locale): string {
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED') return TEXTS.quoteNotClosed[locale]
  return error?.message.replace(/ (?:on|at) line \d+.*$/su, '') ?? TEXTS.unreadableRow[locale]
}

function addRow(read: ExportRead, row: unknown, line: number, locale: Locale) {
  const fields = typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined
  if (!fields || typeof fields.text !== 'string') {
    read.problems.push({line, message: TEXTS.noTextField[locale]})
    return
  }
  if (!fields.text.trim()) {
    read.problems.push({line, message: TEXTS.emptyText[locale]})
    return
  }
  const lang = typeof fields.lang === 'string' && fields.lang ? {lang: fields.lang} : {}
  const date = typeof fields.date === 'string' && fields.date ? {date: fields.date.slice(0, 10)} : {}
  read.rows.push({text: fields.text, line, ...lang, ...date})
}
