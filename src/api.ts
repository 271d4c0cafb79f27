// Lint a text in-process, without files or a config search: for scripts that
// measure rules on a corpus, and for tests.
import {rules as allRules} from '../rules/index.js'
import type {Platform, PublishedPost, RuleModule} from '../rules/types.js'
import type {ResolvedConfig, RuleSetting} from './config/load.js'
import {PLATFORMS} from './config/schema.js'
import {LANGUAGES, type Language, type Locale} from './lang/languages.js'
import {learnModels} from './engine/learn.js'
import {lintPost} from './engine/lint.js'
import {createProcessorCache} from './engine/processor.js'
import {parsePost, type PostSyntax} from './post/parse.js'
import type {Diagnostic} from './results.js'

export type LintTextOptions = {
  rules?: Record<string, RuleSetting | 'off' | 'warn' | 'error'>
  /** A fixed language (default English), or "auto" to detect it among `languages`. */
  lang?: Language | 'auto'
  languages?: Language[]
  locale?: Locale
  platform?: Platform
  syntax?: PostSyntax
  account?: Record<string, unknown>
  values?: Record<string, unknown>
  registry?: readonly RuleModule[]
  /** The office's published posts and its opponents', for the rules that learn from them (learned once, when opponents are given). */
  history?: readonly PublishedPost[]
  opponents?: readonly PublishedPost[]
}

export function configFor(options: LintTextOptions = {}): ResolvedConfig {
  const registry = options.registry ?? allRules
  const rules: Record<string, RuleSetting> = {}
  for (const rule of registry) {
    const given = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity
    const setting = typeof given === 'string' ? {severity: ({off: 0, warn: 1, error: 2} as const)[given], options: {}} : given
    rules[rule.meta.id] = {severity: setting.severity, options: {...rule.meta.defaultOptions, ...setting.options}}
  }
  return {
    filepath: undefined,
    lang: options.lang ?? 'en',
    languages: options.languages ?? [...LANGUAGES],
    platform: options.platform,
    account: options.account,
    values: options.values,
    rules,
    ignorePatterns: []
  }
}

/** A linter for many texts with one set of options: processors are built once and reused. */
export function createTextLinter(options: LintTextOptions = {}) {
  const registry = options.registry ?? allRules
  const config = configFor(options)
  const ruleIds = registry.map((rule) => rule.meta.id)
  const learned = options.opponents ? learnModels(registry, config, {own: options.history ?? [], opponents: options.opponents}) : undefined
  const context = {rules: registry, ruleIds, processors: createProcessorCache(registry), locale: options.locale ?? 'en', learned}
  const parseOptions = {platforms: PLATFORMS, ruleIds}
  return async (text: string, lang?: Language): Promise<Diagnostic[]> => {
    const post = await parsePost(text, options.syntax ?? 'text', parseOptions)
    return (await lintPost(post, lang ? {...config, lang} : config, 'draft.txt', context)).messages
  }
}

export function lintText(text: string, options: LintTextOptions = {}): Promise<Diagnostic[]> {
  return createTextLinter(options)(text)
}
