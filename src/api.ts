// Lint a text in-process with a config given in code, not searched for: for
// scripts that measure rules on a corpus, and for tests. A thin layer over the
// public Linter (src/linter.ts) that returns diagnostics as the CLI reports them.
import {rules as allRules} from '../rules/index.js'
import type {Platform, PublishedPost, RuleModule} from '../rules/types.js'
import type {ResolvedConfig, RuleSetting} from './config/load.js'
import {LANGUAGES, type Language, type Locale} from './lang/languages.js'
import {learnModels} from './engine/learn.js'
import {createLinter, type LintMessage} from './linter.js'
import type {PostSyntax} from './post/parse.js'
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
  const config = configFor(options)
  const learned = options.opponents ? learnModels(options.registry ?? allRules, config, {own: options.history ?? [], opponents: options.opponents}) : undefined
  const linter = createLinter({registry: options.registry, locale: options.locale ?? 'en'})
  const syntax = options.syntax ?? 'text'
  return async (text: string, lang?: Language): Promise<Diagnostic[]> => {
    const result = await linter.lintText(text, {config: lang ? {...config, lang} : config, syntax, learned})
    return result.messages.map(asDiagnostic)
  }
}

export function lintText(text: string, options: LintTextOptions = {}): Promise<Diagnostic[]> {
  return createTextLinter(options)(text)
}

/** A message in the CLI's shape: without the offsets and docs link the Linter adds. */
export function asDiagnostic(message: LintMessage): Diagnostic {
  const diagnostic: Partial<LintMessage> = {...message}
  delete diagnostic.offset
  delete diagnostic.endOffset
  delete diagnostic.docsUrl
  return diagnostic as Diagnostic
}
