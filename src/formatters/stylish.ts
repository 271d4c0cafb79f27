// ESLint's stylish layout: a blank line, the path underlined, aligned
// `line:col  severity  message  rule-id` rows, then a bold summary.
import {relativePath, type Formatter} from './types.js'

const plural = (word: string, count: number) => `${count} ${word}${count === 1 ? '' : 's'}`

export const stylish: Formatter = ({cwd, color, canFix}) => {
  let started = false
  return {
    file(result) {
      if (result.messages.length === 0) return ''
      const rows = result.messages.map((message) => ({
        line: String(message.line || 0),
        column: String(message.column || 0),
        type: message.fatal || message.severity === 2 ? 'error' : 'warning',
        message: message.message.replace(/([^ ])\.$/u, '$1'),
        ruleId: message.ruleId ?? ''
      }))
      const width = (key: 'line' | 'column' | 'type' | 'message') => Math.max(...rows.map((row) => row[key].length))
      const [lineWidth, columnWidth, typeWidth, messageWidth] = [width('line'), width('column'), width('type'), width('message')]
      // The output opens with a blank line, but only once there is something to show.
      let output = started ? '' : '\n'
      started = true
      output += `${color.underline(relativePath(result.filePath, cwd))}\n`
      for (const row of rows) {
        // The line number is right-aligned and the column follows after a colon,
        // padded so the severities line up (ESLint's text-table layout).
        const position = color.dim(`${row.line.padStart(lineWidth)}:${row.column}`) + ' '.repeat(columnWidth - row.column.length)
        const type = (row.type === 'error' ? color.red(row.type) : color.yellow(row.type)) + ' '.repeat(typeWidth - row.type.length)
        const line = `  ${position}  ${type}  ${row.message.padEnd(messageWidth)}  ${color.dim(row.ruleId)}`
        output += `${line.replace(/\s+$/u, '')}\n`
      }
      return `${output}\n`
    },
    end({errorCount, warningCount, fixableErrorCount, fixableWarningCount}) {
      const total = errorCount + warningCount
      if (total === 0) return ''
      const paint = color[errorCount > 0 ? 'red' : 'yellow'].bold
      let output = paint(`\u2716 ${plural('problem', total)} (${plural('error', errorCount)}, ${plural('warning', warningCount)})\n`)
      if (canFix && (fixableErrorCount > 0 || fixableWarningCount > 0)) {
        output += paint(
          `  ${plural('error', fixableErrorCount)} and ${plural('warning', fixableWarningCount)} potentially fixable with the \`--fix\` option.\n`
        )
      }
      return output
    }
  }
}
