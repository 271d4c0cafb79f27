// Lints every target, one post at a time. Texts are never kept: when a rule compares posts, only
// the results (small) and its summaries wait for the end of the run. One bad file never stops the run.
import {statSync} from 'node:fs'
import path from 'node:path'
import type {PostContext, RuleModule} from '../../rules/types.js'
import {ConfigError, type ConfigResolver, type ResolvedConfig} from '../config/load.js'
import {PLATFORMS} from '../config/schema.js'
import {isExport, readExport} from '../inputs/exports.js'
import type {IgnoreCheck, Target} from '../inputs/find.js'
import {decodeDraft, readDraft} from '../inputs/read.js'
import {overlongToken} from '../limits.js'
import {LineIndex} from '../post/lines.js'
import {decideLanguage} from '../lang/decide.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {parsePost, type PostSyntax} from '../post/parse.js'
import {byPosition, toResult, type Diagnostic, type LintResult, type PostLength, type ResultExtras} from '../results.js'
import type {openCache} from './cache.js'
import {createCrossPost} from './cross-post.js'
import {applyFixes} from './fix.js'
import {createLearning} from './learn.js'
import {lintPost, postDate} from './lint.js'
import type {openModelCache} from './model-cache.js'
import {createProcessorCache} from './processor.js'
import {TEXTS} from './texts.js'
import {writeDraft} from './write.js'

export type RunOutcome = {
  /** Problems with the run itself (bad config), one sentence each. */
  errors: string[]
  /** True when some input could not be linted: exit code 2. */
  failed: boolean
  processorCount: number
}

export type Source = Target & {bytes?: Uint8Array}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i
const MAX_FIX_PASSES = 10

export async function lintSources(
  sources: readonly Source[],
  options: {
    rules: readonly RuleModule[]
    resolver: ConfigResolver
    isIgnored: IgnoreCheck
    /** Called with each file's result, in order: as soon as it is linted, or after the cross-post phase. */
    onResult: (result: LintResult) => void | Promise<void>
    /** Paths in cross-post messages are relative to this folder. */
    cwd?: string
    /** Published posts to compare drafts with (history folders), each with the config to read them with. */
    history?: readonly {files: readonly Target[]; config: ResolvedConfig}[]
    /** Apply the rules' fixes: write them to the drafts, or only report the fixed text. */
    fix?: 'write' | 'dry-run'
    /** Keep each draft's text and platform length in its result, for reports that show the post. */
    withSource?: boolean
    /** Called after each draft with how many are done. */
    onProgress?: (done: number) => void
    /** Results of unchanged drafts from earlier runs (--cache). */
    cache?: ReturnType<typeof openCache>
    /** The language messages are written in (default English). */
    locale?: Locale
    /** For rules that learn from the office's and its opponents' posts: post file extensions, a --history folder, a cache of what was learned. */
    learning?: {extensions: readonly string[]; history?: string; cache?: ReturnType<typeof openModelCache>; version: string}
  }
): Promise<RunOutcome> {
  const locale = options.locale ?? 'en'
  const processors = createProcessorCache(options.rules)
  const ruleIds = options.rules.map((rule) => rule.meta.id)
  const parseOptions = {platforms: PLATFORMS, ruleIds, locale}
  const outcome: RunOutcome = {errors: [], failed: false, processorCount: 0}
  const reportedConfigErrors = new Set<string>()
  const cross = createCrossPost(options.rules, options.cwd ?? process.cwd(), locale)
  const learning = createLearning(options.rules, {
    cwd: options.cwd ?? process.cwd(),
    extensions: ['.txt', '.md'],
    version: '',
    ...options.learning,
    locale,
    // The history may be read twice (redundancy, learning): each problem is said once.
    onProblem: (message) => outcome.errors.includes(message) || outcome.errors.push(message)
  })
  for (const {files, config} of options.history ?? []) await readHistory(files, config)
  const waiting: {path: string; index: number; messages: Diagnostic[]; output?: string; extras?: ResultExtras}[] = []
  for (const [done, source] of sources.entries()) {
    const linted = await lintOne(source)
    options.onProgress?.(done + 1)
    if (!linted) continue
    if (cross.active) waiting.push({path: source.path, ...linted})
    else await options.onResult(toResult(source.path, linted.messages, linted.output, linted.extras))
  }
  if (cross.active) {
    const findings = cross.findings()
    for (const {path: file, index, messages, output, extras} of waiting) {
      const extra = findings.get(index)
      await options.onResult(toResult(file, extra ? [...messages, ...extra].sort(byPosition) : messages, output, extras))
    }
  }
  outcome.processorCount = processors.size
  return outcome

  // Published posts are only summarised, never linted; one that cannot be read is skipped, and said so.
  async function readHistory(files: readonly Target[], config: ResolvedConfig) {
    for (const target of files) {
      const file = target.path
      if (isExport(file) && !target.problem) {
        await readHistoryExport(file, config)
        continue
      }
      const content = target.problem ? ({ok: false, reason: target.problem} as const) : readDraft(file, {locale})
      const problem = content.ok ? overlongToken(content.text, locale)?.message : content.reason
      if (!content.ok || problem) {
        outcome.failed = true
        outcome.errors.push(fill(TEXTS.historySkipped, {where: path.relative(options.cwd ?? process.cwd(), file), problem: problem!}, locale))
        continue
      }
      const post = await parsePost(content.text, MARKDOWN.test(file) ? 'markdown' : 'text', parseOptions)
      const lang = (await decideLanguage(post.prose, post.frontMatter.lang, config)).lang
      cross.addPublished(file, post.prose, lang, postDate(post.frontMatter) ?? modifiedDay(file), config)
    }
  }

  // A platform export (JSONL, CSV) holds one published post a row.
  async function readHistoryExport(file: string, config: ResolvedConfig) {
    const {rows, problems} = await readExport(file, {locale})
    const name = path.relative(options.cwd ?? process.cwd(), file)
    for (const problem of problems) {
      const where = problem.line ? fill(TEXTS.fileLine, {file: name, line: problem.line}, locale) : name
      outcome.errors.push(fill(TEXTS.historySkipped, {where, problem: `${problem.message}.`}, locale))
    }
    for (const row of rows) {
      const lang = (await decideLanguage(row.text, row.lang, config)).lang
      cross.addPublished(`${file}:${row.line}`, row.text, lang, row.date, config)
    }
  }

  async function lintOne(source: Source): Promise<{index: number; messages: Diagnostic[]; output?: string; extras?: ResultExtras} | undefined> {
    if (source.problem) {
      outcome.failed = true
      return {index: -1, messages: [fileLevel(2, source.problem)]}
    }
    if (source.explicit && (await options.isIgnored(source.path, false))) {
      return {index: -1, messages: [fileLevel(1, TEXTS.ignored[locale])], extras: {ignored: true}}
    }
    const content = source.bytes ? decodeDraft(source.bytes, {locale}) : readDraft(source.path, {locale})
    if (!content.ok) {
      outcome.failed = true
      return {index: -1, messages: [fileLevel(2, content.reason)]}
    }
    const overlong = overlongToken(content.text, locale)
    if (overlong) {
      outcome.failed = true
      const lines = new LineIndex(content.text)
      const [from, to] = [lines.point(overlong.start), lines.point(overlong.end)]
      return {index: -1, messages: [{ruleId: null, severity: 2, fatal: true, message: overlong.message, line: from.line, column: from.column, endLine: to.line, endColumn: to.column}]}
    }
    let config
    try {
      config = await options.resolver.forFile(source.path)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      outcome.failed = true
      const message = error.texts[locale]
      if (!reportedConfigErrors.has(message)) {
        reportedConfigErrors.add(message)
        outcome.errors.push(message)
      }
      return undefined
    }
    const syntax: PostSyntax = MARKDOWN.test(path.basename(source.path)) ? 'markdown' : 'text'
    const learned = await learning.for(config)
    const cached = options.fix ? undefined : options.cache?.get(source.path, content.text, config, locale, learned?.key)
    if (cached) {
      const {index, keeper} = cross.nextDraft(source.path, config, [])
      if (cached.summaries) keeper(cached.summaries[0], cached.summaries[1] as PostContext)
      const shown = options.withSource
        ? {source: content.text, lengths: lengthsOf(cached.summaries?.[0]), notPosted: (await parsePost(content.text, syntax, parseOptions)).notPosted}
        : undefined
      return {index, messages: cached.messages, extras: {lang: cached.lang, ...shown}}
    }
    // Summaries for the cross-post phase are kept from the last lint of the draft, after fixes.
    const lint = async (text: string) => {
      let captured: [Record<string, unknown>, PostContext] | undefined
      const post = await parsePost(text, syntax, parseOptions)
      const keep = (summaries: Record<string, unknown>, context: PostContext) => (captured = [summaries, context])
      const {messages, lang} = await lintPost(post, config, source.path, {rules: options.rules, ruleIds, processors, keep, locale, learned: learned?.models})
      return {post, messages, lang, captured}
    }
    const first = await lint(content.text)
    const disabled = first.post.frontMatter.disable ?? []
    const {index, keeper} = cross.nextDraft(source.path, config, disabled)
    let last = first
    let output: string | undefined
    if (options.fix) {
      // Fixes are applied and the draft linted again until nothing changes, at most
      // MAX_FIX_PASSES times (ESLint's rule): a fix may make another problem fixable.
      let text = content.text
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixed = applyFixes(text, last.messages)
        if (fixed.applied === 0 || fixed.output === text) break
        text = fixed.output
        last = await lint(text)
      }
      if (text !== content.text) output = text
    }
    let messages = last.messages
    const written = output !== undefined && options.fix === 'write' && !source.bytes ? writeDraft(source.path, output, content.encoding, locale) : undefined
    if (written) {
      // The draft is unchanged: report what it holds.
      outcome.failed = true
      last = first
      output = undefined
      messages = [fileLevel(2, written), ...first.messages]
    }
    const {post, captured, lang} = last
    if (captured) keeper(...captured)
    const failed = messages.some((message) => message.fatal && message.ruleId !== null)
    if (failed) outcome.failed = true
    // What a draft's front matter disables is not kept, so a cached draft needs no parsing.
    const kept = captured && ([Object.fromEntries(Object.entries(captured[0]).filter(([id]) => !disabled.includes(id))), captured[1]] as [Record<string, unknown>, PostContext])
    if (!failed && !source.bytes && output === undefined) options.cache?.set(source.path, content.text, config, locale, {messages, lang}, kept, learned?.key)
    const shown = options.withSource ? {source: output ?? content.text, lengths: lengthsOf(captured?.[0]), notPosted: post.notPosted} : undefined
    return {index, messages, output, extras: {lang, ...shown}}
  }
}

/** The platform lengths platform-limits measured, one per part, when it did. */
function lengthsOf(summaries: Record<string, unknown> | undefined): PostLength[] | undefined {
  return summaries?.['platform-limits'] as PostLength[] | undefined
}

function modifiedDay(file: string): string | undefined {
  try {
    return statSync(file).mtime.toISOString().slice(0, 10)
  } catch {
    return undefined
  }
}

function fileLevel(severity: 1 | 2, message: string): Diagnostic {
  return {ruleId: null, severity, ...(severity === 2 ? {fatal: true as const} : {}), message, line: 0, column: 0}
}
