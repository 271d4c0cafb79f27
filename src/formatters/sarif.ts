// SARIF 2.1.0 for code scanning (GitHub and others): the rules with their docs,
// each problem with a repository-relative URI, a region in UTF-16 columns (what
// parllint's columns are), and a fingerprint that survives lines moving.
import {createHash} from 'node:crypto'
import type {Diagnostic} from '../results.js'
import {relativePath, type Formatter} from './types.js'

export const sarif: Formatter = ({cwd, version, rules = []}) => {
  let count = 0
  const seen = new Map<string, number>()
  const index = new Map(rules.map((rule, position) => [rule.id, position]))
  const head = () =>
    '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{' +
    `"tool":${JSON.stringify({
      driver: {
        name: 'parllint',
        ...(rules[0] ? {informationUri: new URL('../../README.md', rules[0].docs).href} : {}),
        ...(version ? {version, semanticVersion: version} : {}),
        rules: rules.map((rule) => ({
          id: rule.id,
          name: rule.id,
          shortDescription: {text: rule.description},
          helpUri: rule.docs
        }))
      }
    })},` +
    '"originalUriBaseIds":{"%SRCROOT%":{"uri":' +
    JSON.stringify(`file://${cwd.split('\\').join('/').replace(/\/?$/u, '/')}`) +
    '}},"columnKind":"utf16CodeUnits","results":['

  const result = (file: string, message: Diagnostic) => {
    // Same rule, file and message: the n-th occurrence keeps its fingerprint when lines move.
    const key = `${file}\u0000${message.ruleId ?? ''}\u0000${message.message}`
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    const region =
      message.line > 0
        ? {startLine: message.line, startColumn: message.column, ...(message.endLine ? {endLine: message.endLine, endColumn: message.endColumn} : {})}
        : undefined
    return {
      ...(message.ruleId ? {ruleId: message.ruleId, ...(index.has(message.ruleId) ? {ruleIndex: index.get(message.ruleId)} : {})} : {}),
      level: message.severity === 2 ? 'error' : 'warning',
      message: {text: message.message},
      locations: [{physicalLocation: {artifactLocation: {uri: encodeURI(file), uriBaseId: '%SRCROOT%'}, ...(region ? {region} : {})}}],
      partialFingerprints: {'parllint/v1': createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32)}
    }
  }

  return {
    file(lint) {
      const file = relativePath(lint.filePath, cwd).split('\\').join('/')
      return lint.messages.map((message) => (count++ === 0 ? head() : ',') + JSON.stringify(result(file, message))).join('')
    },
    end: () => `${count === 0 ? head() : ''}]}]}\n`
  }
}
