// The cross-post phase. Rules that compare posts (the same post scheduled twice,
// two posts that contradict each other) keep a small summary of each post while
// it is linted; the engine never keeps texts. Once every draft is linted, each
// such rule compares the summaries and its findings join the drafts' results.
import {relative} from 'node:path'
import {fill} from '../lang/messages.js'
import type {Locale} from '../lang/languages.js'
import type {CrossFinding, PostContext, PostLanguage, PostSummary, RuleModule} from '../../rules/types.js'
import type {ResolvedConfig, RuleSetting} from '../config/load.js'
import type {Diagnostic} from '../results.js'

type Kept = {posts: Map<number, PostSummary>; severity: Map<number, 1 | 2>; options: Record<string, unknown> | undefined}

/** `cwd`: paths in messages are relative to it, as in the rest of the report; `locale`: the messages' language. */
export function createCrossPost(rules: readonly RuleModule[], cwd: string, locale: Locale = 'en') {
  const crossRules = rules.filter((rule) => rule.crossPost)
  const kept = new Map<string, Kept>(crossRules.map((rule) => [rule.meta.id, {posts: new Map(), severity: new Map(), options: undefined}]))
  let next = 0

  const keep = (ruleId: string, post: PostSummary, setting: RuleSetting) => {
    const entry = kept.get(ruleId)
    if (!entry || setting.severity === 0) return
    // A draft linted again after --fix replaces its first summary.
    entry.posts.set(post.index, post)
    if (!post.published) entry.severity.set(post.index, setting.severity as 1 | 2)
    // One comparison per rule: it runs with the options of the first post that has the rule on.
    entry.options ??= setting.options
  }

  return {
    /** Whether any rule compares posts, so results must wait for the end of the run. */
    active: crossRules.length > 0,

    /** Summarises a published post (history folder) for the rules that can read one. */
    addPublished(path: string, text: string, lang: PostLanguage, date: string | undefined, config: ResolvedConfig) {
      const index = next++
      for (const rule of crossRules) {
        const setting = config.rules[rule.meta.id]
        if (!rule.crossPost?.summarizeText || !setting || setting.severity === 0) continue
        const summary = rule.crossPost.summarizeText(text, lang, setting.options)
        if (summary !== undefined) keep(rule.meta.id, {index, path: relative(cwd, path), date, published: true, summary}, setting)
      }
    },

    /** Reserves the index of the next draft; its summaries, if any, arrive through `keeper`. */
    nextDraft(path: string, config: ResolvedConfig, disabled: readonly string[]) {
      const index = next++
      const keeper = (summaries: Record<string, unknown>, context: PostContext) => {
        for (const [ruleId, summary] of Object.entries(summaries)) {
          const setting = config.rules[ruleId]
          if (setting && !disabled.includes(ruleId)) keep(ruleId, {index, path: relative(cwd, path), date: context.date, published: false, summary}, setting)
        }
      }
      return {index, keeper}
    },

    /** Runs every comparison; the findings as diagnostics, by draft index. */
    findings(): Map<number, Diagnostic[]> {
      const found = new Map<number, Diagnostic[]>()
      for (const rule of crossRules) {
        const entry = kept.get(rule.meta.id)!
        if (entry.posts.size === 0) continue
        for (const finding of rule.crossPost!.compare([...entry.posts.values()], entry.options ?? rule.meta.defaultOptions)) {
          const severity = entry.severity.get(finding.post)
          if (severity === undefined) continue // published posts are never reported
          const diagnostic = findingDiagnostic(rule, finding, severity, locale)
          const list = found.get(finding.post)
          if (list) list.push(diagnostic)
          else found.set(finding.post, [diagnostic])
        }
      }
      return found
    }
  }
}

/** A rule's finding across posts as a diagnostic on its draft, in the user's locale. */
export function findingDiagnostic(rule: RuleModule, finding: CrossFinding, severity: 1 | 2, locale: Locale): Diagnostic {
  const template = rule.meta.messages[finding.messageId]
  if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message "${finding.messageId}"`)
  const at = finding.at ?? {line: 1, column: 1}
  return {
    ruleId: rule.meta.id,
    messageId: finding.messageId,
    severity,
    message: fill(template, finding.data, locale, rule.meta.fragments),
    line: at.line,
    column: at.column,
    ...(at.endLine === undefined ? {} : {endLine: at.endLine, endColumn: at.endColumn})
  }
}
