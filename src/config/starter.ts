// The starter config `parllint --init` writes: every rule at its default, and
// the account and values sections to fill in.
import type {RuleModule} from '../../rules/types.js'
import {LANGUAGES} from '../lang/languages.js'

/** `schema`: where the config's JSON schema is, relative to the config (editors complete and check the file with it). */
export function starterConfig(rules: readonly RuleModule[], schema: string): string {
  const config = {
    $schema: schema,
    lang: 'auto',
    languages: [...LANGUAGES],
    platform: 'x',
    // managedBy is left out on purpose: manager-disclosure enforces nothing until the office sets it.
    account: {owner: '', disclosure: {ownerMarkers: [], staffMarkers: ['^']}},
    values: {positions: [], preferredTerms: {}},
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])),
    ignorePatterns: []
  }
  return `${JSON.stringify(config, null, 2)}\n`
}
