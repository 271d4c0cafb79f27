// Lints every target, one post at a time: each result is handed on as soon as it exists, never kept, so
// memory does not grow with the number of drafts. One bad file never stops the run.
import path from 'node:path'
import type {RuleModule} from '../../rules/types.js'
import {ConfigError, type ConfigResolver} from '../config/load.js'
import {LANGUAGES, PLATFORMS} from '../config/schema.js'
import type {IgnoreCheck, Target} from '../inputs/find.js'
import {decodeDraft, readDraft} from '../inputs/read.js'
import {parsePost, type PostSyntax} from '../post/parse.js'
import {toResult, type Diagnostic, type LintResult} from '../results.js'
import {lintPost} from './lint.js'
import {createProcessorCache} from './processor.js'

export type RunOutcome = {
  /** Problems with the run itself (bad config), one sentence each. */
  errors: string[]
  /** True when some input could not be linted: exit code 2. */
  failed: boolean
  processorCount: number
}

export type Source = Target & {bytes?: Uint8Array}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i

export async function lintSources(
  sources: readonly Source[],
  options: {
    rules: readonly RuleModule[]
    resolver: ConfigResolver
    isIgnored: IgnoreCheck
    /** Called with each file's result as soon as it is linted; results are not kept. */
    onResult: (result: LintResult) => void | Promise<void>
  }
): Promise<RunOutcome> {
  const processors = createProcessorCache(options.rules)
  const ruleIds = options.rules.map((rule) => rule.meta.id)
  const parseOptions = {languages: LANGUAGES, platforms: PLATFORMS, ruleIds}
  const outcome: RunOutcome = {errors: [], failed: false, processorCount: 0}
  const reportedConfigErrors = new Set<string>()
  for (const source of sources) {
    const messages = await lintOne(source)
    if (messages) await options.onResult(toResult(source.path, messages))
  }
  outcome.processorCount = processors.size
  return outcome

  async function lintOne(source: Source): Promise<Diagnostic[] | undefined> {
    if (source.explicit && (await options.isIgnored(source.path, false))) {
      return [fileLevel(1, 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.')]
    }
    const content = source.bytes ? decodeDraft(source.bytes) : readDraft(source.path)
    if (!content.ok) {
      outcome.failed = true
      return [fileLevel(2, content.reason)]
    }
    let config
    try {
      config = await options.resolver.forFile(source.path)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      outcome.failed = true
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message)
        outcome.errors.push(error.message)
      }
      return undefined
    }
    const syntax: PostSyntax = MARKDOWN.test(path.basename(source.path)) ? 'markdown' : 'text'
    const post = await parsePost(content.text, syntax, parseOptions)
    const messages = await lintPost(post, config, source.path, {rules: options.rules, ruleIds, processors})
    if (messages.some((message) => message.fatal && message.ruleId !== null)) outcome.failed = true
    return messages
  }
}

function fileLevel(severity: 1 | 2, message: string): Diagnostic {
  return {ruleId: null, severity, ...(severity === 2 ? {fatal: true as const} : {}), message, line: 0, column: 0}
}
