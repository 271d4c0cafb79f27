// JUnit XML, as ESLint writes it: one test suite per draft, one failing test case
// per problem, a passing case for a clean draft; CI systems show it as test results.
import {relativePath, type Formatter} from './types.js'

const escapeXml = (value: string) =>
  value
    // XML 1.0 cannot hold control characters other than tab and newlines.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')

const junitSuites: Formatter = ({cwd}) => ({
  file(result) {
    const file = escapeXml(relativePath(result.filePath, cwd))
    const cases = result.messages.map((message) => {
      const type = message.severity === 2 ? 'error' : 'warning'
      const where = `line ${message.line}, col ${message.column}`
      return (
        `    <testcase time="0" name="${escapeXml(message.ruleId ?? 'parllint')}" classname="${file}">` +
        `<failure message="${escapeXml(message.message)}" type="${type}"><![CDATA[${type}: ${message.message.replace(/\]\]>/gu, ']]]]><![CDATA[>')} (${where})${message.ruleId ? ` [${message.ruleId}]` : ''}]]></failure></testcase>\n`
      )
    })
    const body = cases.length > 0 ? cases.join('') : `    <testcase time="0" name="parllint" classname="${file}" />\n`
    return `  <testsuite package="parllint" time="0" tests="${Math.max(1, cases.length)}" errors="0" failures="${cases.length}" name="${file}">\n${body}  </testsuite>\n`
  },
  end: () => ''
})

export const junit: Formatter = (context) => {
  const inner = junitSuites(context)
  let started = false
  const head = () => {
    if (started) return ''
    started = true
    return '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
  }
  return {file: (result) => head() + inner.file(result), end: () => `${head()}</testsuites>\n`}
}
