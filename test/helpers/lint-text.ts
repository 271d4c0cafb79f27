// Lints a text in-process with the real engine, for rule and engine tests.
import {rules as allRules} from '../../rules/index.js'
import type {Language, Platform, RuleModule} from '../../rules/types.js'
import type {ResolvedConfig, RuleSetting} from '../../src/config/load.js'
import {LANGUAGES, PLATFORMS} from '../../src/config/schema.js'
import {lintPost} from '../../src/engine/lint.js'
import {createProcessorCache} from '../../src/engine/processor.js'
import {parsePost, type PostSyntax} from '../../src/post/parse.js'
import type {Diagnostic} from '../../src/results.js'

export type LintTextOptions = {
  rules?: Record<string, RuleSetting | 'off' | 'warn' | 'error'>
  lang?: Language
  platform?: Platform
  syntax?: PostSyntax
  account?: Record<string, unknown>
  values?: Record<string, unknown>
  registry?: readonly RuleModule[]
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
    platform: options.platform,
    account: options.account,
    values: options.values,
    rules,
    ignorePatterns: []
  }
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<Diagnostic[]> {
  const registry = options.registry ?? allRules
  const post = await parsePost(text, options.syntax ?? 'text', {
    languages: LANGUAGES,
    platforms: PLATFORMS,
    ruleIds: registry.map((rule) => rule.meta.id)
  })
  return lintPost(post, configFor(options), 'draft.txt', {rules: registry, processors: createProcessorCache(registry)})
}
