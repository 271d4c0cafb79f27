import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {ConfigError, createConfigResolver} from '../src/config/load.js'
import {parseJsonWithComments} from '../src/config/jsonc.js'
import {configSchema} from '../src/config/schema.js'
import {validate} from '../src/config/validate.js'
import {makeTree} from './helpers/tmp.js'

const schema = configSchema(rules)

describe('validate', () => {
  const cases: [unknown, string][] = [
    [{lng: 'en'}, '"lng" is not a known key. Did you mean "lang"? Allowed: $schema, lang, languages, locale, platform, account, values, rules, ignorePatterns, history, opponents'],
    [{rules: {'plain-langage': 'warn'}}, '"rules.plain-langage" is not a known rule. Did you mean "plain-language"? Allowed: language, plain-language, platform-limits, redundancy, value-coherence, manager-disclosure, gendered-abuse, diplomatic-tone, troll-engagement'],
    [{rules: {'plain-language': 'wrn'}}, '"rules.plain-language" is "wrn"; expected one of "off", "warn", "error", 0, 1, 2'],
    [{rules: {'plain-language': ['warn', {maxGrade: 'ten'}]}}, '"rules.plain-language[1].maxGrade" is "ten"; expected a number'],
    [{rules: {'plain-language': ['warn', {maxGrad: 10}]}}, '"rules.plain-language[1].maxGrad" is not a known key. Did you mean "maxGrade"? Allowed: maxGrade, maxSentenceWords, passive, shouting, accept'],
    [{rules: {'plain-language': ['warn', {}, 3]}}, '"rules.plain-language" is ["warn",{},3]; expected a list of at most 2 items'],
    [{rules: {'plain-language': {severity: 'warn'}}}, '"rules.plain-language" is {"severity":"warn"}; expected "off", "warn", "error", 0, 1, 2, or ["off", "warn", "error", 0, 1, 2, an object]'],
    [{lang: 'de'}, '"lang" is "de"; expected one of "auto", "en", "es", "fr", "pt"'],
    [{languages: []}, '"languages" is []; expected a list of at least 1 item'],
    [{languages: ['en', 'fr', 'en']}, '"languages" is ["en","fr","en"]; expected a list without repeats ("en" is there twice)'],
    [{languages: ['en', 'ca']}, '"languages[1]" is "ca"; expected one of "en", "es", "fr", "pt"'],
    [{locale: 'de'}, '"locale" is "de"; expected one of "en", "es", "fr", "pt"'],
    [{account: {managedBy: 'intern'}}, '"account.managedBy" is "intern"; expected one of "self", "staff", "mixed"'],
    [{values: {positions: [{topic: 'climate', stance: 'support'}]}}, '"keywords" is missing from values.positions[0]'],
    [{ignorePatterns: 'archive/**'}, '"ignorePatterns" is "archive/**"; expected a list']
  ]
  for (const [config, message] of cases) {
    it(message, () => {
      expect(validate(config, schema)?.message).toBe(message)
    })
  }

  it('accepts the example config', () => {
    const example = parseJsonWithComments(readFileSync(new URL('../.parllintrc.example.json', import.meta.url), 'utf8'))
    expect(validate(example, schema)).toBeUndefined()
  })
})

describe('createConfigResolver', () => {
  it('finds the nearest config for each folder and merges defaults and flags', async () => {
    const root = makeTree({
      '.parllintrc.json': JSON.stringify({lang: 'es', rules: {'plain-language': ['error', {maxGrade: 10}]}}),
      'sub/.parllintrc.yaml': 'platform: bluesky\n',
      'a.txt': '',
      'sub/b.txt': ''
    })
    const resolver = createConfigResolver({cwd: root, rules, overrides: {platform: 'x'}})
    const top = await resolver.forFile(path.join(root, 'a.txt'))
    expect(top).toMatchObject({lang: 'es', platform: 'x', rules: {'plain-language': {severity: 2, options: {maxGrade: 10, passive: false, shouting: true, accept: []}}}})
    const sub = await resolver.forFile(path.join(root, 'sub/b.txt'))
    expect(sub).toMatchObject({lang: 'auto', languages: ['en', 'es', 'fr', 'pt'], platform: 'x', filepath: path.join(root, 'sub/.parllintrc.yaml')})
  })

  it('reads the parllint key of package.json', async () => {
    const root = makeTree({'a.txt': ''})
    const {writeFileSync} = await import('node:fs')
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({name: 'x', parllint: {lang: 'pt'}}))
    const config = await createConfigResolver({cwd: root, rules}).forFile(path.join(root, 'a.txt'))
    expect(config.lang).toBe('pt')
  })

  it('applies --rule flags, with options as JSON', async () => {
    const root = makeTree({'a.txt': ''})
    const resolver = createConfigResolver({cwd: root, rules, overrides: {rules: ['plain-language:["error",{"maxGrade":12}]']}})
    expect((await resolver.forFile(path.join(root, 'a.txt'))).rules['plain-language']).toEqual({
      severity: 2,
      options: {maxGrade: 12, passive: false, shouting: true, accept: []}
    })
  })

  it('rejects a bad --rule flag with what is expected', () => {
    expect(() => createConfigResolver({cwd: '/', rules, overrides: {rules: ['plain-language']}})).toThrow(
      new ConfigError('Invalid --rule "plain-language": expected rule-id:severity, e.g. plain-language:off.')
    )
    expect(() => createConfigResolver({cwd: '/', rules, overrides: {rules: ['plain-languge:off']}})).toThrow(
      'Invalid --rule "plain-languge:off": "plain-languge" is not a known rule. Did you mean "plain-language"? Allowed: language, plain-language, platform-limits, redundancy, value-coherence, manager-disclosure, gendered-abuse, diplomatic-tone, troll-engagement.'
    )
  })

  it('names the file, the key and what is allowed for an invalid config', async () => {
    const root = makeTree({'.parllintrc.json': '{"rules": {"plain-language": "wrn"}}', 'a.txt': ''})
    await expect(createConfigResolver({cwd: root, rules}).forFile(path.join(root, 'a.txt'))).rejects.toThrow(
      'Invalid config in .parllintrc.json: "rules.plain-language" is "wrn"; expected one of "off", "warn", "error", 0, 1, 2.'
    )
  })

  it('reports a config that does not parse, in one line', async () => {
    const root = makeTree({'.parllintrc.json': '{"lang": "en",', 'a.txt': ''})
    await expect(createConfigResolver({cwd: root, rules}).forFile(path.join(root, 'a.txt'))).rejects.toThrow(
      'Cannot read config .parllintrc.json: Expected double-quoted property name at line 1, column 15.'
    )
  })
})

describe('published schema', () => {
  it('matches the schema built from the rules (run `npm run docs` to update)', () => {
    const published = JSON.parse(readFileSync(new URL('../schema/parllintrc.schema.json', import.meta.url), 'utf8'))
    expect(published).toEqual(JSON.parse(JSON.stringify(schema)))
  })
})
