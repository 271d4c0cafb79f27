// Lints one post: runs the processor for its language and rule settings, turns
// the rules' messages into diagnostics on the file as written, and applies the
// post's front matter and directives.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReportedFields} from '../../rules/report.js'
import {partitionPoint} from '../../rules/lib/search.js'
import type {Fix, PostContext, RuleModule} from '../../rules/types.js'
import type {ResolvedConfig} from '../config/load.js'
import {decideLanguage} from '../lang/decide.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {LineIndex} from '../post/lines.js'
import type {Post} from '../post/parse.js'
import {byPosition, type Diagnostic} from '../results.js'
import {applyDirectives} from './directives.js'
import {parseProse, type createProcessorCache} from './processor.js'
import {TEXTS} from './texts.js'

export type LintContext = {
  rules: readonly RuleModule[]
  ruleIds: readonly string[]
  processors: ReturnType<typeof createProcessorCache>
  /** The language messages are written in. */
  locale: Locale
  /** Receives the summaries rules keep for the cross-post phase. */
  keep?: (summaries: Record<string, unknown>, context: PostContext) => void
  /** What rules learned from the published posts of the office and its opponents, for this post's config. */
  learned?: Readonly<Record<string, unknown>>
}

/** A post's diagnostics, and its language (the code declared or detected; "und" when none could be told). */
export type LintedPost = {messages: Diagnostic[]; lang: string}

export async function lintPost(post: Post, config: ResolvedConfig, filePath: string, context: LintContext): Promise<LintedPost> {
  const lines = new LineIndex(post.text)
  const located: {diagnostic: Diagnostic; offset: number}[] = post.problems.map((problem) => ({
    offset: problem.start,
    diagnostic: {
      ruleId: null,
      severity: problem.severity,
      ...(problem.fatal ? {fatal: true as const} : {}),
      message: problem.message,
      ...span(lines, problem.start, problem.end)
    }
  }))
  const frontMatterBroken = post.problems.some((problem) => problem.fatal)
  let lang = 'und'
  if (!frontMatterBroken) {
    const language = await decideLanguage(post.prose, post.frontMatter.lang, config)
    lang = language.decision.code
    const postContext: PostContext = {
      lang: language.lang,
      language: language.decision,
      locale: context.locale,
      platform: post.frontMatter.platform ?? config.platform,
      reply: post.frontMatter.reply ?? false,
      author: post.frontMatter.author,
      kind: post.frontMatter.kind === 'profile' ? 'profile' : 'post',
      date: postDate(post.frontMatter),
      notPosted: post.notPosted,
      lines,
      media: (post.frontMatter.media ?? []).flatMap((item, index) =>
        typeof item === 'object' && item !== null ? [{...(item as {file?: unknown; alt?: unknown}), at: post.frontMatter.mediaAt?.[index] ?? 0}] : []
      ),
      account: config.account,
      values: config.values,
      ...(context.learned ? {learned: context.learned} : {})
    }
    const processor = await context.processors.get(postContext.lang, config.rules)
    const file = new VFile({value: post.prose, path: filePath})
    file.data.post = postContext
    // A parser plugin can throw on odd input (retext-syntax-urls on a post that
    // starts with "://"): that post gets a fatal message, the run goes on.
    let tree
    try {
      tree = parseProse(processor, post.prose)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      located.push({offset: 0, diagnostic: {ruleId: null, severity: 2, fatal: true, message: fill(TEXTS.splitFailed, {detail}, context.locale), ...span(lines, 0, 0)}})
    }
    if (tree) await processor.run(tree, file)
    if (file.data.summaries) context.keep?.(file.data.summaries, postContext)
    const disabled = new Set(post.frontMatter.disable ?? [])
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? null
      if (ruleId !== null && disabled.has(ruleId)) continue
      located.push(toDiagnostic(message, config, lines, post))
    }
  }
  return {messages: applyDirectives(located, post.directives, lines, context.ruleIds, context.locale).sort(byPosition), lang}
}

export function postDate(frontMatter: Post['frontMatter']): string | undefined {
  const date = frontMatter.scheduled ?? frontMatter.date
  return date === undefined ? undefined : String(date)
}

function toDiagnostic(message: VFileMessage, config: ResolvedConfig, lines: LineIndex, post: Post): {diagnostic: Diagnostic; offset: number} {
  const fields = message as VFileMessage & ReportedFields
  const ruleId = message.ruleId ?? null
  const start = fields.startOffset ?? 0
  const end = fields.endOffset ?? start
  // The config sets a rule's severity; a rule may mark a lesser finding as a warning at most.
  const severity = message.fatal ? 2 : config.rules[ruleId ?? '']?.severity === 2 && !fields.warningOnly ? 2 : 1
  const diagnostic: Diagnostic = {
    ruleId,
    ...(fields.messageId ? {messageId: fields.messageId} : {}),
    severity,
    ...(message.fatal ? {fatal: true as const} : {}),
    message: message.reason,
    ...span(lines, start, end)
  }
  const fix = fields.fix && withinProse(fields.fix, post)
  if (fix) diagnostic.fix = fix
  const suggestions = fields.suggestions?.flatMap((suggestion) => {
    const kept = withinProse(suggestion.fix, post)
    return kept ? [{...suggestion, fix: kept}] : []
  })
  if (suggestions?.length) diagnostic.suggestions = suggestions
  return {diagnostic, offset: start}
}

/**
 * A fix never touches what is not prose (front matter, comments and directives, Markdown
 * markup): rules see those as blanks. A deletion keeps to the prose after the last such range
 * in it ("we <!-- note --> we" loses " we", not the note); an insertion goes nowhere inside one
 * nor before the front matter; any other fix across one is dropped, and its problem is still
 * reported. A binary search over the post's hidden ranges.
 */
function withinProse(fix: Fix, post: Post): Fix | undefined {
  const [start, end] = fix.range
  const ranges = post.hidden
  // The first hidden range that ends after `start`.
  const low = partitionPoint(ranges.length, (index) => ranges[index]![1] <= start)
  const first = ranges[low]
  if (start === end) return first && (first[0] < start || first[0] === 0) ? undefined : fix
  if (!first || first[0] >= end) return fix
  if (fix.text !== '') return undefined
  let last = low
  while (ranges[last + 1] && ranges[last + 1]![0] < end) last++
  const after = ranges[last]![1]
  return after < end ? {range: [after, end], text: ''} : undefined
}

function span(lines: LineIndex, start: number, end: number) {
  const from = lines.point(start)
  const to = lines.point(end)
  return {line: from.line, column: from.column, endLine: to.line, endColumn: to.column}
}
