// parllint's public API (the package's main export): lint a draft's text with the
// config the CLI would find for its path, apply the fixes on request, and keep
// the summaries cross-post rules compare in a workspace that lives as long as an
// editor session. The language server stands on it; scripts and tests too.
import path from 'node:path'
import {rules as allRules} from '../rules/index.js'
import type {Platform, PostContext, RuleModule} from '../rules/types.js'
import {createConfigResolver, type ConfigResolver, type ResolvedConfig} from './config/load.js'
import {PLATFORMS} from './config/schema.js'
import {fixUntilStable} from './engine/fix-passes.js'
import {lintPost, postDate} from './engine/lint.js'
import {createProcessorCache} from './engine/processor.js'
import {createWorkspace as createSummaries, type Workspace} from './engine/workspace.js'
import {decideLanguage} from './lang/decide.js'
import type {Language, Locale} from './lang/languages.js'
import {resolveLocale} from './lang/locale.js'
import {packageInfo} from './package-info.js'
import {LineIndex} from './post/lines.js'
import {parsePost, type PostSyntax} from './post/parse.js'
import {byPosition, toResult, type Diagnostic, type LintResult} from './results.js'

export {ConfigError} from './config/load.js'
export type {ResolvedConfig} from './config/load.js'
export type {Fix, Language, Locale, Platform, Suggestion} from '../rules/types.js'
export type {Diagnostic} from './results.js'
export type {PostSyntax} from './post/parse.js'
export type {Workspace} from './engine/workspace.js'

export type LinterOptions = {
  /** Where config search and relative paths start (default: the current folder). */
  cwd?: string
  /** One config file for every draft, as `--config`; by default each draft gets the nearest config, as the CLI finds it. */
  configFile?: string
  /** As `--lang`, `--platform` and `--rule` (each "id:severity" or 'id:["warn", {...}]'). */
  lang?: Language | 'auto'
  platform?: Platform
  rules?: string[]
  /** The language of messages. Default: the config's `locale`, then `defaultLocale`, then LC_ALL, LC_MESSAGES, LANG. */
  locale?: Locale
  /** The language of messages when neither `locale` nor the config sets one (an editor's display language). */
  defaultLocale?: Locale
  /** Environment the locale is read from (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** The rules to run (default: all of parllint's): for tests of one rule. */
  registry?: readonly RuleModule[]
}

/** A problem as the CLI's json format reports it, plus where it is as offsets in the text and the rule's documentation. */
export type LintMessage = Diagnostic & {
  /** Offsets of the problem's start and end in the text (UTF-16 code units, as JavaScript strings count). */
  offset: number
  endOffset: number
  /** The rule's documentation page. */
  docsUrl?: string
}

export type TextResult = Omit<LintResult, 'messages' | 'source' | 'length' | 'notPosted'> & {
  messages: LintMessage[]
  /** The language the messages are written in. */
  locale: Locale
}

export type LintTextOptions = {
  /** The draft's path: its config is found from it, `.md` means Markdown. Default: standard input's "<text>" in `cwd`. */
  filePath?: string
  /** Apply the fixes, again until nothing more can be fixed: `output` is the fixed text, `messages` what is left. */
  fix?: boolean
  /** Keep the draft's summaries there and report what cross-post rules find against the other drafts and the history. */
  workspace?: LinterWorkspace
  /** False: keep the summaries in `workspace` but leave its findings out (an editor adds them with crossPostMessages as other drafts change). */
  crossPost?: boolean
  /** Lint with this config instead of searching for one. */
  config?: ResolvedConfig
  /** Default: from the path's extension. */
  syntax?: PostSyntax
  /** What rules learned from the office's and its opponents' published posts (src/engine/learn.ts). */
  learned?: Readonly<Record<string, unknown>>
}

/** A workspace that also reads published posts. */
export type LinterWorkspace = Workspace & {
  /** Summarises a published post (`history`) for the rules that compare drafts with what was published. */
  addPublished(filePath: string, text: string, options?: {config?: ResolvedConfig; date?: string}): Promise<void>
}

export type Linter = {
  lintText(text: string, options?: LintTextOptions): Promise<TextResult>
  /** The config that applies to a draft (a ConfigError when it is invalid). */
  configFor(filePath: string): Promise<ResolvedConfig>
  createWorkspace(): LinterWorkspace
  /** What cross-post rules find on a draft of the workspace, placed in its text. */
  crossPostMessages(workspace: Workspace, filePath: string, text: string): LintMessage[]
  /** The rules this linter runs. */
  readonly rules: readonly RuleModule[]
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/iu

export function createLinter(options: LinterOptions = {}): Linter {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const rules = options.registry ?? allRules
  const ruleIds = rules.map((rule) => rule.meta.id)
  // Made on first use: a linter given its config in code never searches for one.
  let resolver: ConfigResolver | undefined
  const configFor = (file: string) => {
    resolver ??= createConfigResolver({
      cwd,
      rules,
      configFile: options.configFile,
      overrides: {lang: options.lang, platform: options.platform, rules: options.rules}
    })
    return resolver.forFile(path.resolve(cwd, file))
  }
  const processors = createProcessorCache(rules)
  const parseOptions = {platforms: PLATFORMS, ruleIds}
  const envLocale = resolveLocale({env: options.env ?? process.env})
  const docs = new Map(rules.map(({meta}) => [meta.id, new URL(meta.docs, packageInfo().docsBase).href]))
  const syntaxOf = (file: string, given?: PostSyntax): PostSyntax => given ?? (MARKDOWN.test(file) ? 'markdown' : 'text')

  async function lintText(text: string, lintOptions: LintTextOptions = {}): Promise<TextResult> {
    const filePath = lintOptions.filePath === undefined ? '<text>' : path.resolve(cwd, lintOptions.filePath)
    const config = lintOptions.config ?? (await configFor(filePath))
    const locale = options.locale ?? config.locale ?? options.defaultLocale ?? envLocale
    const syntax = syntaxOf(filePath, lintOptions.syntax)
    // The summaries cross-post rules keep come from the last lint, after the fixes.
    let kept: {summaries: Record<string, unknown>; context: PostContext} | undefined
    let disabled: readonly string[] = []
    const lint = async (source: string) => {
      kept = undefined
      const post = await parsePost(source, syntax, {...parseOptions, locale})
      disabled = post.frontMatter.disable ?? []
      const keep = (summaries: Record<string, unknown>, context: PostContext) => (kept = {summaries, context})
      return lintPost(post, config, filePath, {rules, ruleIds, processors, locale, keep, learned: lintOptions.learned})
    }
    let linted = await lint(text)
    let output: string | undefined
    if (lintOptions.fix) {
      const fixed = await fixUntilStable(text, lint, linted)
      if (fixed.passes > 0) ({output, result: linted} = fixed)
    }
    let messages = linted.messages
    const workspace = lintOptions.workspace
    if (workspace) {
      workspace.setDraft(
        filePath,
        kept && {
          summaries: Object.fromEntries(Object.entries(kept.summaries).filter(([id]) => !disabled.includes(id))),
          settings: config.rules,
          date: kept.context.date,
          locale
        }
      )
      const cross = lintOptions.crossPost === false ? undefined : workspace.findings().get(filePath)
      if (cross) messages = [...messages, ...cross].sort(byPosition)
    }
    return {...toResult(filePath, withLocations(output ?? text, messages), output, {lang: linted.lang}), locale} as TextResult
  }

  function withLocations(text: string, messages: readonly Diagnostic[]): LintMessage[] {
    const lines = new LineIndex(text)
    const offsetOf = (line: number, column: number) => (line < 1 ? 0 : Math.min(lines.lineStart(line) + column - 1, text.length))
    return messages.map((message) => {
      const offset = offsetOf(message.line, message.column)
      const endOffset = message.endLine === undefined ? offset : offsetOf(message.endLine, message.endColumn ?? 1)
      const docsUrl = message.ruleId === null ? undefined : docs.get(message.ruleId)
      return {...message, offset, endOffset, ...(docsUrl ? {docsUrl} : {})}
    })
  }

  function createWorkspace(): LinterWorkspace {
    const summaries = createSummaries(rules, cwd)
    return {
      ...summaries,
      async addPublished(filePath, text, published = {}) {
        const file = path.resolve(cwd, filePath)
        const config = published.config ?? (await configFor(file))
        const post = await parsePost(text, syntaxOf(file), parseOptions)
        const {lang} = await decideLanguage(post.prose, post.frontMatter.lang, config)
        const kept: Record<string, unknown> = {}
        for (const rule of rules) {
          const setting = config.rules[rule.meta.id]
          if (!rule.crossPost?.summarizeText || !setting || setting.severity === 0) continue
          const summary = rule.crossPost.summarizeText(post.prose, lang, setting.options)
          if (summary !== undefined) kept[rule.meta.id] = summary
        }
        summaries.setPublished(file, {summaries: kept, date: postDate(post.frontMatter) ?? published.date})
      }
    }
  }

  const crossPostMessages = (workspace: Workspace, filePath: string, text: string) =>
    withLocations(text, workspace.findings().get(path.resolve(cwd, filePath)) ?? [])

  return {lintText, configFor, createWorkspace, crossPostMessages, rules}
}
