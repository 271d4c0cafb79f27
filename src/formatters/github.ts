// GitHub Actions workflow commands: each problem becomes an annotation on the
// pull request. Values are escaped as the runner parses them: "%", CR and LF in
// the message; also ":" and "," in properties, which would end a property.
import {relativePath, type Formatter} from './types.js'

const escapeData = (value: string) => value.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
const escapeProperty = (value: string) => escapeData(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C')

export const github: Formatter = ({cwd}) => ({
  file(result) {
    const file = relativePath(result.filePath, cwd).split('\\').join('/')
    return result.messages
      .map((message) => {
        const command = message.severity === 2 ? 'error' : 'warning'
        const properties = [`file=${escapeProperty(file)}`]
        if (message.line > 0) {
          properties.push(`line=${message.line}`, `col=${message.column}`)
          if (message.endLine !== undefined) properties.push(`endLine=${message.endLine}`, `endColumn=${message.endColumn}`)
        }
        properties.push(`title=${escapeProperty(`parllint${message.ruleId ? ` (${message.ruleId})` : ''}`)}`)
        return `::${command} ${properties.join(',')}::${escapeData(message.message)}\n`
      })
      .join('')
  },
  end: () => ''
})
