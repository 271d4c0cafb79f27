// One line per problem, as ESLint's compact format: easy to grep and to parse.
import path from 'node:path'
import {relativePath, type Formatter} from './types.js'

export const compact: Formatter = (results, {cwd}) => {
  let output = ''
  let total = 0
  for (const result of results) {
    const file = relativePath(result.filePath, cwd, path.relative)
    for (const message of result.messages) {
      total++
      const type = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
      output += `${file}: line ${message.line || 0}, col ${message.column || 0}, ${type} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}\n`
    }
  }
  return total > 0 ? `${output}\n${total} problem${total === 1 ? '' : 's'}\n` : ''
}
