// One line per problem, as ESLint's compact format: easy to grep and to parse.
import {relativePath, type Formatter} from './types.js'

export const compact: Formatter = ({cwd}) => ({
  file(result) {
    const file = relativePath(result.filePath, cwd)
    return result.messages
      .map((message) => {
        const type = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
        return `${file}: line ${message.line || 0}, col ${message.column || 0}, ${type} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}\n`
      })
      .join('')
  },
  end({errorCount, warningCount}) {
    const total = errorCount + warningCount
    return total > 0 ? `\n${total} problem${total === 1 ? '' : 's'}\n` : ''
  }
})
