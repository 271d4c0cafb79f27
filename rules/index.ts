// The registry: every rule parllint knows. The engine and config read rules
// only through this list, never by name.
import {rule as diplomaticTone} from './diplomatic-tone.js'
import {rule as genderedAbuse} from './gendered-abuse.js'
import {rule as language} from './language.js'
import {rule as managerDisclosure} from './manager-disclosure.js'
import {rule as plainLanguage} from './plain-language.js'
import {rule as platformLimits} from './platform-limits.js'
import {rule as redundancy} from './redundancy.js'
import {rule as trollEngagement} from './troll-engagement.js'
import {rule as valueCoherence} from './value-coherence.js'
import type {RuleModule} from './types.js'

export const rules: readonly RuleModule[] = [language, plainLanguage, platformLimits, redundancy, valueCoherence, managerDisclosure, genderedAbuse, diplomaticTone, trollEngagement]

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

