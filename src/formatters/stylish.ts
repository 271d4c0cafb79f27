// ESLint's stylish layout: a blank line, the path underlined, aligned
// `line:col  severity  message  rule-id` rows, then a bold summary.
import path from 'node:path'
import {relativePath, type Formatter} from './types.js'

const plural = (word: string, count: number) => `${count} ${word}${count === 1 ? '' : 's'}`

export const stylish: Formatter = (results, {cwd, color}) => {
  let output = '\n'
  let errors = 0
  let warnings = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  let summaryColor: 'red' | 'yellow' = 'yellow'

  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    fixableErrors += result.fixableErrorCount
    fixableWarnings += result.fixableWarningCount
    if (result.messages.length === 0) continue
    const rows = result.messages.map((message) => {
      const isError = message.fatal || message.severity === 2
      if (isError) summaryColor = 'red'
      return {
        line: String(message.line || 0),
        column: String(message.column || 0),
        type: isError ? 'error' : 'warning',
        message: message.message.replace(/([^ ])\.$/u, '$1'),
        ruleId: message.ruleId ?? ''
      }
    })
    const width = (key: 'line' | 'column' | 'type' | 'message') => Math.max(...rows.map((row) => row[key].length))
    const [lineWidth, columnWidth, typeWidth, messageWidth] = [width('line'), width('column'), width('type'), width('message')]
    output += `${color.underline(relativePath(result.filePath, cwd, path.relative))}\n`
    for (const row of rows) {
      // The line number is right-aligned and the column follows after a colon,
      // padded so the severities line up (ESLint's text-table layout).
      const position = color.dim(`${row.line.padStart(lineWidth)}:${row.column}`) + ' '.repeat(columnWidth - row.column.length)
      const type = (row.type === 'error' ? color.red(row.type) : color.yellow(row.type)) + ' '.repeat(typeWidth - row.type.length)
      const line = `  ${position}  ${type}  ${row.message.padEnd(messageWidth)}  ${color.dim(row.ruleId)}`
      output += `${line.replace(/\s+$/u, '')}\n`
    }
    output += '\n'
  }

  const total = errors + warnings
  if (total === 0) return ''
  const paint = color[summaryColor].bold
  output += paint(`\u2716 ${plural('problem', total)} (${plural('error', errors)}, ${plural('warning', warnings)})\n`)
  if (fixableErrors > 0 || fixableWarnings > 0) {
    output += paint(
      `  ${plural('error', fixableErrors)} and ${plural('warning', fixableWarnings)} potentially fixable with the \`--fix\` option.\n`
    )
  }
  return output
}
