// ESLint's stylish layout: a blank line, the path underlined, aligned
// `line:col  severity  message  rule-id` rows, then a bold summary.
import {fill} from '../lang/messages.js'
import {TEXTS} from './texts.js'
import {counted, relativePath, type Formatter} from './types.js'

export const stylish: Formatter = ({cwd, color, canFix, locale = 'en'}) => {
  let started = false
  return {
    file(result) {
      if (result.messages.length === 0) return ''
      const rows = result.messages.map((message) => {
        const error = message.fatal === true || message.severity === 2
        return {
          line: String(message.line || 0),
          column: String(message.column || 0),
          error,
          type: TEXTS[error ? 'row-error' : 'row-warning'][locale],
          message: message.message.replace(/([^ ])\.$/u, '$1'),
          ruleId: message.ruleId ?? ''
        }
      })
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
        const type = (row.error ? color.red(row.type) : color.yellow(row.type)) + ' '.repeat(typeWidth - row.type.length)
        const line = `  ${position}  ${type}  ${row.message.padEnd(messageWidth)}  ${color.dim(row.ruleId)}`
        output += `${line.replace(/\s+$/u, '')}\n`
      }
      return `${output}\n`
    },
    end({errorCount, warningCount, fixableErrorCount, fixableWarningCount}) {
      const total = errorCount + warningCount
      if (total === 0) return ''
      const paint = color[errorCount > 0 ? 'red' : 'yellow'].bold
      const summary = fill(TEXTS.summary, {problems: counted('problems', total, locale), errors: counted('errors', errorCount, locale), warnings: counted('warnings', warningCount, locale)}, locale)
      let output = paint(`\u2716 ${summary}\n`)
      if (canFix && (fixableErrorCount > 0 || fixableWarningCount > 0)) {
        output += paint(`  ${fill(TEXTS.fixable, {errors: counted('errors', fixableErrorCount, locale), warnings: counted('warnings', fixableWarningCount, locale)}, locale)}\n`)
      }
      return output
    }
  }
}
