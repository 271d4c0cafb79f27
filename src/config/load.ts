// Finds, loads, validates and merges the config that applies to each draft:
// defaults < config file < command-line overrides. Front matter is applied later, per post.
import {accessSync, constants} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {cosmiconfig} from 'cosmiconfig'
import type {Platform, RuleModule} from '../../rules/types.js'
import {LANGUAGES, type Language, type Locale, type Translated} from '../lang/languages.js'
import {fill, inEveryLocale, type MessageData} from '../lang/messages.js'
import {inWords} from '../fs-errors.js'
import {parseJsonWithComments} from './jsonc.js'
import {configSchema} from './schema.js'
import {TEXTS} from './texts.js'
import {validate} from './validate.js'

export const SEARCH_PLACES = [
  '.parllintrc',
  '.parllintrc.json',
  '.parllintrc.yaml',
  '.parllintrc.yml',
  'parllint.config.js',
  'parllint.config.mjs',
  'package.json'
]

/**
 * A config that cannot be used. It is said in every locale, since it is found before the
 * locale it is said in can be known (a config names it): the caller picks `texts[locale]`.
 * `message` is the English.
 */
export class ConfigError extends Error {
  readonly #texts: Translated
  constructor(texts: Translated | string) {
    const said = typeof texts === 'string' ? inEveryLocale(() => texts) : texts
    super(said.en)
    this.#texts = said
  }

  get texts(): Translated {
    return this.#texts
  }
}

/** A config error from one of TEXTS, its data written in each locale by `data`. */
function configError(template: Translated, data: (locale: Locale) => MessageData): ConfigError {
  return new ConfigError(inEveryLocale((locale) => fill(template, data(locale), locale)))
}

export type Severity = 0 | 1 | 2
export type RuleSetting = {severity: Severity; options: Record<string, unknown>}

export type ResolvedConfig = {
  /** The config file, or undefined when only defaults and flags apply. */
  filepath: string | undefined
  /** A fixed language for every draft, or "auto": each post's language is detected among `languages`. */
  lang: Language | 'auto'
  /** The languages the office posts in, most used first. */
  languages: Language[]
  /** The language of messages, when the config sets one. */
  locale?: Locale
  platform: Platform | undefined
  account: Record<string, unknown> | undefined
  values: Record<string, unknown> | undefined
  rules: Record<string, RuleSetting>
  ignorePatterns: string[]
  /** Absolute path of the office's published posts (a folder or an export), if the config names them. */
  history?: string
  /** Absolute paths of the opponents' published posts (folders or exports), if the config names them. */
  opponents?: string[]
}

export type Overrides = {
  lang?: Language | 'auto'
  platform?: Platform
  /** Raw `--rule` values, each "id:severity" or "id:[severity, {options}]". */
  rules?: string[]
}

type RawConfig = Record<string, unknown>

export type ConfigResolver = {
  forFile(filePath: string): Promise<ResolvedConfig>
}

async function loadYaml(filepath: string, content: string): Promise<unknown> {
  const {parse} = await import('yaml')
  return parse(content)
}

export function createConfigResolver(options: {
  cwd: string
  rules: readonly RuleModule[]
  configFile?: string
  overrides?: Overrides
}): ConfigResolver {
  const schema = configSchema(options.rules)
  const explorer = cosmiconfig('parllint', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'project',
    // YAML configs use the YAML parser drafts' front matter uses, loaded only when one is
    // found; cosmiconfig's own (js-yaml) is left out of the bundle (rollup.config.js).
    loaders: {'.json': (filepath, content) => parseJsonWithComments(content), '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml}
  })
  const overrideRules = parseRuleFlags(options.overrides?.rules ?? [], schema)
  const byConfigFile = new Map<string, Promise<ResolvedConfig>>()
  const byDirectory = new Map<string, Promise<ResolvedConfig>>()

  async function load(filepath: string | undefined, raw: RawConfig | undefined): Promise<ResolvedConfig> {
    const config = raw ?? {}
    // A config without a file is the defaults and flags, which are valid (flags are checked by parseRuleFlags).
    const file = filepath ? path.relative(options.cwd, filepath) || filepath : ''
    if (validate(config, schema)) throw configError(TEXTS.invalid, (locale) => ({file, problem: validate(config, schema, {locale})!.message}))
    return resolve(config, filepath, options.rules, options.overrides, overrideRules)
  }

  async function fromFile(filepath: string): Promise<ResolvedConfig> {
    let cached = byConfigFile.get(filepath)
    if (!cached) {
      cached = explorer.load(filepath).then(
        (result) => load(filepath, result?.config as RawConfig | undefined),
        async (error: unknown) => {
          throw loadError(await realCause(error, filepath), filepath, options.cwd)
        }
      )
      byConfigFile.set(filepath, cached)
    }
    return cached
  }

  async function search(directory: string): Promise<ResolvedConfig> {
    let result
    try {
      result = await explorer.search(directory)
    } catch (error) {
      const filepath = (error as {filepath?: string}).filepath ?? directory
      throw loadError(await realCause(error, filepath), filepath, options.cwd)
    }
    // cosmiconfig passes over a config it may not read as if it were not there.
    const unreadable = unreadableConfig(directory, result ? path.dirname(result.filepath) : undefined)
    if (unreadable) {
      const file = path.relative(options.cwd, unreadable.file) || unreadable.file
      throw configError(TEXTS.unreadable, (locale) => ({file, why: inWords(unreadable.error, locale)}))
    }
    return result ? fromFile(result.filepath) : load(undefined, undefined)
  }

  return {
    forFile(filePath) {
      if (options.configFile) return fromFile(path.resolve(options.cwd, options.configFile))
      const directory = path.dirname(path.resolve(options.cwd, filePath))
      let cached = byDirectory.get(directory)
      if (!cached) {
        cached = search(directory)
        byDirectory.set(directory, cached)
      }
      return cached
    }
  }
}

/**
 * The first config file between `directory` and the config found (or the project root,
 * marked by package.json) that exists but cannot be read.
 */
function unreadableConfig(directory: string, found: string | undefined): {file: string; error: unknown} | undefined {
  for (let folder = directory; ; folder = path.dirname(folder)) {
    for (const name of SEARCH_PLACES) {
      const file = path.join(folder, name)
      try {
        accessSync(file, constants.R_OK)
        if (name === 'package.json' && found === undefined) return undefined
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EACCES' || code === 'EPERM') return {file, error}
      }
    }
    if (folder === found || path.dirname(folder) === folder) return undefined
  }
}

function resolve(
  config: RawConfig,
  filepath: string | undefined,
  rules: readonly RuleModule[],
  overrides: Overrides | undefined,
  overrideRules: Record<string, unknown>
): ResolvedConfig {
  const configured = {...(config.rules as Record<string, unknown> | undefined), ...overrideRules}
  const resolved: Record<string, RuleSetting> = {}
  for (const rule of rules) {
    const entry = configured[rule.meta.id] ?? rule.meta.defaultSeverity
    const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined]
    resolved[rule.meta.id] = {
      severity: toSeverity(severity),
      options: {...rule.meta.defaultOptions, ...(options as Record<string, unknown> | undefined)}
    }
  }
  return {
    filepath,
    lang: overrides?.lang ?? (config.lang as Language | 'auto' | undefined) ?? 'auto',
    languages: (config.languages as Language[] | undefined) ?? [...LANGUAGES],
    ...(config.locale ? {locale: config.locale as Locale} : {}),
    platform: overrides?.platform ?? (config.platform as Platform | undefined),
    account: config.account as Record<string, unknown> | undefined,
    values: config.values as Record<string, unknown> | undefined,
    rules: resolved,
    ignorePatterns: (config.ignorePatterns as string[] | undefined) ?? [],
    ...(typeof config.history === 'string' ? {history: path.resolve(filepath ? path.dirname(filepath) : '.', config.history)} : {}),
    ...(config.opponents ? {opponents: [config.opponents as string | string[]].flat().map((place) => path.resolve(filepath ? path.dirname(filepath) : '.', place))} : {})
  }
}

function toSeverity(value: unknown): Severity {
  if (value === 'error' || value === 2) return 2
  if (value === 'warn' || value === 1) return 1
  return 0
}

/** `--rule plain-language:off` or `--rule 'plain-language:["warn",{"maxGrade":10}]'`. */
function parseRuleFlags(flags: string[], schema: ReturnType<typeof configSchema>): Record<string, unknown> {
  const parsed: Record<string, unknown> = {}
  for (const flag of flags) {
    const colon = flag.indexOf(':')
    if (colon < 1) throw configError(TEXTS.ruleFlagShape, () => ({flag}))
    const id = flag.slice(0, colon).trim()
    const text = flag.slice(colon + 1).trim()
    let value: unknown = text
    if (text.startsWith('[')) {
      try {
        value = JSON.parse(text)
      } catch {
        throw configError(TEXTS.ruleFlagJson, () => ({flag, id}))
      }
    }
    const rulesSchema = schema.properties!.rules!
    if (validate({[id]: value}, rulesSchema, {rulesAt: ''})) {
      throw configError(TEXTS.ruleFlagInvalid, (locale) => ({flag, problem: validate({[id]: value}, rulesSchema, {rulesAt: '', locale})!.message}))
    }
    parsed[id] = value
  }
  return parsed
}

// Node 20 hides a syntax error in an ES module config behind a require() message;
// importing the file again surfaces the real one.
async function realCause(error: unknown, filepath: string): Promise<unknown> {
  if (!/\.m?js$/.test(filepath)) return error
  try {
    await import(pathToFileURL(filepath).href)
    return error
  } catch (cause) {
    return cause
  }
}

// Loaders' errors carry a header line and a code frame; keep the one sentence that says what is wrong.
function loadError(error: unknown, filepath: string, cwd: string): ConfigError {
  const text = error instanceof Error ? error.message : String(error)
  const sentence =
    text
      .split('\n')
      .slice(/ Error in /.test(text) ? 1 : 0)
      .map((line) => line.trim())
      .find((line) => line && !/^(?:>?\s*\d+\s*\||\|)|^[-^\s|]+$/.test(line)) ?? text
  const file = path.relative(cwd, filepath) || filepath
  const detail = sentence.replace(/ while parsing .*$/, '').replace(/[.:]?$/, '.')
  return configError(TEXTS.unparsable, () => ({file, detail}))
}
