// The report formats, end to end: the built CLI's output read back by a real
// consumer (a JSON schema validator, an XML parser, the runner's escaping rules).
import {Ajv} from 'ajv'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {unescapeData, unescapeProperty} from './helpers/github-commands.js'
import {runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'
import {SARIF_SUBSET} from './helpers/sarif-subset.js'

const HARD =
  'The committee reviewed the comprehensive intergovernmental infrastructure modernization initiative and the interdepartmental coordination requirements established by the administration last year.'
const tree = () => makeTree({'drafts/a,b:c%.txt': `${HARD}\n`, 'drafts/clean.txt': 'We passed the bill today.\n', 'drafts/wordy.txt': 'We will utilize <the> fund & more.\n'})

describe('sarif', () => {
  it('is SARIF 2.1.0 with rules, repository-relative URIs, UTF-16 regions and fingerprints', () => {
    const root = tree()
    const run = runCli(['drafts', '-f', 'sarif'], {cwd: root})
    expect(run.code).toBe(0)
    const log = JSON.parse(run.stdout)
    const ajv = new Ajv({allErrors: true, strict: false})
    expect(ajv.validate(SARIF_SUBSET, log), ajv.errorsText()).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun.columnKind).toBe('utf16CodeUnits')
    expect(sarifRun.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('plain-language')
    const plain = sarifRun.tool.driver.rules.findIndex((rule: {id: string}) => rule.id === 'plain-language')
    expect(sarifRun.tool.driver.rules[plain].helpUri).toMatch(/docs\/rules\/plain-language\.md$/)
    const wordy = sarifRun.results.find((result: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}) =>
      result.locations[0]!.physicalLocation.artifactLocation.uri === 'drafts/wordy.txt'
    )
    expect(wordy).toMatchObject({
      ruleId: 'plain-language',
      level: 'warning',
      locations: [{physicalLocation: {artifactLocation: {uri: 'drafts/wordy.txt', uriBaseId: '%SRCROOT%'}, region: {startLine: 1, startColumn: 9, endLine: 1, endColumn: 16}}}]
    })
    expect(wordy.partialFingerprints['parllint/v1']).toMatch(/^[0-9a-f]{32}$/)
    expect(sarifRun.results.map((result: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('drafts/a,b:c%25.txt')
  })

  it('is valid with no results too', () => {
    const root = makeTree({'clean.txt': 'We passed the bill today.\n'})
    const log = JSON.parse(runCli(['clean.txt', '-f', 'sarif'], {cwd: root}).stdout)
    expect(new Ajv({strict: false}).validate(SARIF_SUBSET, log)).toBe(true)
    expect(log.runs[0].results).toEqual([])
  })
})

describe('github', () => {
  it('writes one workflow command per problem, escaped as the runner reads them', () => {
    const run = runCli(['drafts', '-f', 'github'], {cwd: tree()})
    const lines = run.stdout.trim().split('\n')
    const parsed = lines.map((line) => {
      const match = /^::(error|warning) (.*?)::(.*)$/u.exec(line)!
      const properties = Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=')).map(([key, value]) => [key, unescapeProperty(value!)]))
      return {command: match[1], properties, message: unescapeData(match[3]!)}
    })
    const hard = parsed.find((entry) => entry.properties.file === 'drafts/a,b:c%.txt')!
    expect(hard).toMatchObject({command: 'warning', properties: {line: '1', col: '1', title: 'parllint (plain-language)'}})
    expect(hard.message).toMatch(/^Hard to read: .* of them long/u)
    expect(lines.find((line) => line.includes('a%2Cb%3Ac%25.txt'))).toBeDefined()
  })
})

describe('junit', () => {
  it('is well-formed XML with one suite per draft and one failure per problem', () => {
    const run = runCli(['drafts', '-f', 'junit'], {cwd: tree()})
    expect(XMLValidator.validate(run.stdout)).toBe(true)
    const xml = new XMLParser({ignoreAttributes: false}).parse(run.stdout)
    const suites = xml.testsuites.testsuite
    expect(suites.map((suite: Record<string, string>) => suite['@_name'])).toEqual(['drafts/a,b:c%.txt', 'drafts/clean.txt', 'drafts/wordy.txt'])
    expect(suites[1]).toMatchObject({'@_tests': '1', '@_failures': '0'})
    expect(suites[2].testcase.failure['@_message']).toBe('“utilize” is not plain language: write “use” instead.')
  })
})
