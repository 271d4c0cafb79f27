// The config's JSON schema, built from the rules' own option schemas, so the
// published schema file and the validator can never disagree.
import type {JsonSchema, RuleModule} from '../../rules/types.js'
import {LANGUAGES, LOCALES} from '../lang/languages.js'

export const PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'instagram',
  'facebook',
  'linkedin'
] as const
export const SEVERITIES = ['off', 'warn', 'error', 0, 1, 2] as const

const stringList: JsonSchema = {type: 'array', items: {type: 'string', minLength: 1}}

const severity: JsonSchema = {
  enum: SEVERITIES,
  description: '"off" (or 0), "warn" (or 1), "error" (or 2).'
}

function ruleEntry(rule: RuleModule): JsonSchema {
  return {
    description: `${rule.meta.description.en} See ${rule.meta.docs}.`,
    anyOf: [
      severity,
      {type: 'array', items: [severity, rule.meta.schema], additionalItems: false, minItems: 1}
    ]
  }
}

export function configSchema(rules: readonly RuleModule[]): JsonSchema & {$schema: string; title: string} {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'parllint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      lang: {
        enum: ['auto', ...LANGUAGES],
        description: 'Language of drafts: "auto" (the default) detects each post\'s language among "languages"; a fixed language is checked against the text (rule language).'
      },
      languages: {
        type: 'array',
        items: {enum: LANGUAGES},
        minItems: 1,
        uniqueItems: true,
        description: 'The languages the office posts in, most used first: detection picks among them, and a post too short to tell takes the first.'
      },
      locale: {enum: LOCALES, description: 'Language of parllint\'s messages (default: --locale, then LC_ALL, LC_MESSAGES, LANG, then English).'},
      platform: {enum: PLATFORMS, description: 'Default platform drafts are written for.'},
      account: {
        type: 'object',
        additionalProperties: false,
        description: 'The account the drafts are posted from.',
        properties: {
          owner: {type: 'string', description: 'The legislator who owns the account.'},
          handle: {type: 'string', description: 'The account handle, e.g. @janedoe.'},
          managedBy: {
            enum: ['self', 'staff', 'mixed'],
            description: 'Who writes the posts: the member, staff, or both.'
          },
          disclosure: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ownerMarkers: {...stringList, description: 'Signatures the member adds to posts they write, e.g. "-JD".'},
              staffMarkers: {...stringList, description: 'Marks staff add to posts they write, e.g. "^" followed by initials.'},
              inProfile: {type: 'boolean', description: 'The profile already says who manages the account.'}
            }
          },
          trolls: {...stringList, description: 'Accounts identified as trolls or bots.'}
        }
      },
      values: {
        type: 'object',
        additionalProperties: false,
        description: 'The positions the office has declared, for value-coherence.',
        properties: {
          positions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['topic', 'stance', 'keywords'],
              properties: {
                topic: {type: 'string', minLength: 1},
                stance: {enum: ['support', 'oppose']},
                keywords: {...stringList, minItems: 1, description: 'Words that name the topic itself ("carbon tax", "clean energy").'},
                counterKeywords: {...stringList, description: 'Words that name what the topic stands against ("emissions", "pollution"): fighting them supports the topic.'},
                supportTerms: {...stringList, description: 'Slogans and hashtags that support the topic by themselves.'},
                opposeTerms: {...stringList, description: 'Slogans and hashtags that oppose the topic by themselves.'}
              }
            }
          },
          preferredTerms: {
            type: 'object',
            additionalProperties: {type: 'string', minLength: 1},
            description: 'Terms the office does not use, each with the term to use instead.'
          }
        }
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleEntry(rule)]))
      },
      ignorePatterns: {...stringList, description: 'Files to skip (gitignore syntax, relative to the config file).'},
      history: {
        type: 'string',
        minLength: 1,
        description: 'The office\'s posts already published, relative to the config file: a folder of post files, or a JSONL or CSV export with a "text" column. Drafts that repeat one are reported (redundancy); with "opponents", value-coherence learns from both how each side words its positions.'
      },
      opponents: {
        anyOf: [{type: 'string', minLength: 1}, {...stringList, minItems: 1}],
        description: 'The opponents\' published posts, relative to the config file: a folder of post files, or a JSONL or CSV export with a "text" column (one, or a list). value-coherence warns when a draft on a declared position is worded the way they word it.'
      }
    }
  }
}
