// The contract between the engine and a rule. Rules import only from here and
// from their own lexicons: they know nothing of the CLI, files or formatting.
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Language, Locale, PostLanguage, Translated} from '../src/lang/languages.js'
import type {Fragment, MessageData, MessageValue} from '../src/lang/messages.js'

export type {Fragment, Language, Locale, MessageData, MessageValue, PostLanguage, Translated}
export type Platform =
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'threads'
  | 'instagram'
  | 'facebook'
  | 'linkedin'
export type SeverityName = 'off' | 'warn' | 'error'

/** A JSON schema (draft-07 subset) describing a rule's options. */
export type JsonSchema = {
  type?: string | string[]
  description?: string
  enum?: readonly unknown[]
  properties?: Record<string, JsonSchema>
  additionalProperties?: boolean | JsonSchema
  required?: readonly string[]
  items?: JsonSchema | readonly JsonSchema[]
  additionalItems?: boolean
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  minimum?: number
  maximum?: number
  minLength?: number
  anyOf?: readonly JsonSchema[]
  default?: unknown
  markdownDescription?: string
}

export type RuleMeta = {
  /** Stable kebab-case id; what users put in their config. */
  id: string
  /** The rule as press staff call it ("Plain language"), for reports. */
  name: Translated
  /** What it checks, in one line: in English in the docs, the schema and the README; in the user's locale in reports. */
  description: Translated
  /** The guideline section the rule enforces, by title, and a paraphrase. */
  guideline: {section: string; summary: string}
  docs: string
  defaultSeverity: SeverityName
  /** Schema of the options object (the second item of `[severity, options]`). */
  schema: JsonSchema
  defaultOptions: Record<string, unknown>
  fixable: boolean
  /** Message templates keyed by messageId, in every locale; `{{name}}` is filled from data. */
  messages: Record<string, Translated>
  /** Pieces messages and suggestions are assembled from ("this post", "Replace “{{actual}}” with “{{expected}}”."), translated like them. */
  fragments?: Record<string, Translated>
}

/** What the engine knows about the post being linted, read by rules from `file.data`. */
export type PostContext = {
  /** The post's language; "und" when it is none of the four (only checks that need no language run). */
  lang: PostLanguage
  /** How the language was decided, and what the text reads as. */
  language: LanguageDecision
  /** The language messages are written in. */
  locale: Locale
  platform: Platform | undefined
  reply: boolean
  author: string | undefined
  /** "profile" for the account's bio, otherwise a post. */
  kind: 'post' | 'profile'
  /** When the post goes (or went) out: front matter `scheduled`, else `date`. */
  date: string | undefined
  /** Ranges of the file that will not be published (front matter, parllint comments): they do not count toward limits. */
  notPosted: [number, number][]
  /** Images from front matter `media`, as written. */
  media: {file?: unknown; alt?: unknown; at: number}[]
  /** Line and column (1-based) of an offset in the post, counted as the engine counts them (\n, \r\n or \r). */
  lines: {point(offset: number): {line: number; column: number}}
  /** The account and values sections of the resolved config, as written. */
  account: Record<string, unknown> | undefined
  values: Record<string, unknown> | undefined
  /** What rules learned from the office's published posts and its opponents' (config history and opponents), by rule id. */
  learned?: Readonly<Record<string, unknown>>
}

/**
 * How a post's language was decided: declared in its front matter, fixed by the config,
 * detected, or the office's first language when detection could not tell. `detected` is
 * what the text reads as among the four, when detection is sure of it.
 */
export type LanguageDecision = {
  source: 'front-matter' | 'config' | 'detected' | 'fallback'
  /** The code as declared or detected ("ca" for a Catalan draft). */
  code: string
  detected?: Language
}

export type Fix = {range: [number, number]; text: string}
/** A suggestion as reported: its description rendered in the user's locale. */
export type Suggestion = {desc: string; fix: Fix}

export type RuleTransformer = (tree: Root, file: VFile) => void | Promise<void>
export type RuleAttacher = (options: Record<string, unknown>) => RuleTransformer

/** One post as the cross-post phase sees it: never its text, only the summary its rule kept. */
export type PostSummary<S = unknown> = {
  /** Position in the run; history posts come before every draft. */
  index: number
  path: string
  date: string | undefined
  /** A post already published (from the history folder), not a draft of this run. */
  published: boolean
  summary: S
}

/** A finding across posts, reported on one draft (`post` is its index). */
export type CrossFinding = {
  post: number
  messageId: string
  data?: MessageData
  /** Where in the post, as 1-based line and column; the start of the post when absent. */
  at?: {line: number; column: number; endLine?: number; endColumn?: number}
}

/**
 * Rules that look across the posts of a run. Their transformer keeps a small
 * summary of each post (keepSummary); once every post is linted, `compare` gets
 * them all and returns findings. A rule that can also read published posts
 * (the history folder) summarises their text with `summarizeText`.
 */
export type CrossPostHooks = {
  summarizeText?: (text: string, lang: PostLanguage, options: Record<string, unknown>) => unknown
  compare: (posts: PostSummary[], options: Record<string, unknown>) => CrossFinding[]
}

/** A post already published, by the office (history) or by its opponents, as a rule that learns from them reads it. */
export type PublishedPost = {text: string; lang: PostLanguage}

/** What a rule that learns is given besides the posts: the config's values and the rule's options. */
export type LearnContext = {values: Record<string, unknown> | undefined; options: Record<string, unknown>}

/**
 * Rules that learn from the two sides (config `history` and `opponents`). `learn` is called
 * once per run and config, only when the config names opponents; what it returns reaches the
 * rule as `file.data.post.learned[ruleId]`, and must be plain JSON, since --cache keeps it.
 * `explain` says what was learned, for --explain-values.
 */
export type LearningHooks = {
  learn: (sides: {own: readonly PublishedPost[]; opponents: readonly PublishedPost[]}, context: LearnContext) => unknown
  explain: (learned: unknown, context: LearnContext) => unknown
}

export type RuleModule = {
  meta: RuleMeta
  attacher: RuleAttacher
  crossPost?: CrossPostHooks
  learning?: LearningHooks
}

declare module 'vfile' {
  interface DataMap {
    post: PostContext
    /** Summaries kept for the cross-post phase, by rule id. */
    summaries: Record<string, unknown>
  }
}
