// The cross-post summaries of a long-lived session (an editor, a script that lints
// drafts as they change). A run's cross-post phase (cross-post.ts) sees each draft
// once; here a draft is linted again and again, so its summaries are kept by path
// and replaced each time, a deleted draft is forgotten, and the findings always
// compare the latest version of every draft with the others and the history.
import {relative} from 'node:path'
import type {PostSummary, RuleModule} from '../../rules/types.js'
import type {RuleSetting} from '../config/load.js'
import type {Locale} from '../lang/languages.js'
import {byPosition, type Diagnostic} from '../results.js'
import {findingDiagnostic} from './cross-post.js'

/** What a draft keeps: its rules' summaries (by rule id), its config's rule settings, its date, and the locale of its messages. */
export type DraftSummaries = {
  summaries: Record<string, unknown>
  settings: Record<string, RuleSetting>
  date: string | undefined
  locale: Locale
}

/** A published post (the history folder): its summaries, by rule id, and when it was published. */
export type PublishedSummaries = {summaries: Record<string, unknown>; date: string | undefined}

export type Workspace = {
  /** Keeps a draft's summaries (replacing earlier ones), or forgets the draft when undefined. */
  setDraft(path: string, draft: DraftSummaries | undefined): void
  setPublished(path: string, post: PublishedSummaries | undefined): void
  /** Forgets a draft or published post (deleted, or no longer a draft). */
  remove(path: string): void
  has(path: string): boolean
  /** The cross-post findings of every draft, by absolute path: worked out again only after a change. */
  findings(): ReadonlyMap<string, Diagnostic[]>
}

/** `cwd`: other posts are named relative to it in messages, as in the CLI's report. */
export function createWorkspace(rules: readonly RuleModule[], cwd: string): Workspace {
  const crossRules = rules.filter((rule) => rule.crossPost)
  const drafts = new Map<string, DraftSummaries>()
  const published = new Map<string, PublishedSummaries>()
  let found: Map<string, Diagnostic[]> | undefined

  function compareAll(): Map<string, Diagnostic[]> {
    const result = new Map<string, Diagnostic[]>()
    // As in a run: published posts first, then drafts in path order (a run lints them in that order).
    const history = [...published.keys()].sort()
    const order = [...history, ...[...drafts.keys()].sort()]
    for (const rule of crossRules) {
      const id = rule.meta.id
      const posts: PostSummary[] = []
      let options: Record<string, unknown> | undefined
      order.forEach((path, index) => {
        const draft = drafts.get(path)
        const post = index < history.length ? published.get(path)! : draft!
        if (!(id in post.summaries)) return
        // One comparison per rule, with the options of the first draft that has it on (a run's rule).
        if (draft) options ??= draft.settings[id]?.options
        posts.push({index, path: relative(cwd, path), date: post.date, published: !draft, summary: post.summaries[id]})
      })
      if (posts.length < 2) continue
      for (const finding of rule.crossPost!.compare(posts, options ?? rule.meta.defaultOptions)) {
        const path = order[finding.post]!
        const draft = drafts.get(path)
        const severity = draft?.settings[id]?.severity
        if (!draft || !severity) continue // published posts are never reported
        result.set(path, [...(result.get(path) ?? []), findingDiagnostic(rule, finding, severity, draft.locale)])
      }
    }
    for (const list of result.values()) list.sort(byPosition)
    return result
  }

  return {
    setDraft(path, draft) {
      published.delete(path)
      if (draft) drafts.set(path, draft)
      else drafts.delete(path)
      found = undefined
    },
    setPublished(path, post) {
      drafts.delete(path)
      if (post) published.set(path, post)
      else published.delete(path)
      found = undefined
    },
    remove(path) {
      if (drafts.delete(path) || published.delete(path)) found = undefined
    },
    has: (path) => drafts.has(path) || published.has(path),
    findings() {
      found ??= compareAll()
      return found
    }
  }
}
