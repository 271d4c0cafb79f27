// Small rules that stand in for real ones, so engine tests hold whatever the real rules find.
import {keepSummary, report} from '../../rules/report.js'
import type {CrossFinding, RuleMeta, RuleModule} from '../../rules/types.js'
import {configFor} from '../../src/api.js'
import type {ResolvedConfig} from '../../src/config/load.js'
import {inEveryLocale} from '../../src/lang/messages.js'

function meta(id: string, messages: Record<string, string>, defaultOptions: Record<string, unknown> = {}): RuleMeta {
  return {
    id,
    name: inEveryLocale(() => 'Test rule'),
    description: inEveryLocale(() => 'test rule'),
    guideline: {section: 'test', summary: 'test'},
    docs: `docs/rules/${id}.md`,
    defaultSeverity: 'warn',
    schema: {type: 'object'},
    defaultOptions,
    fixable: true,
    messages: Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, inEveryLocale(() => text)])),
    fragments: {suggested: inEveryLocale(() => 'Suggested')}
  }
}

/**
 * Reports every `find` in the prose (a plain substring), with a fix to `replace` when given.
 * `runs` counts the posts it was run on: how many times a draft was linted.
 */
export function substringRule(id: string, find: string, replace?: string, extra: {warningOnly?: boolean; suggest?: string} = {}) {
  const runs = {count: 0}
  const ruleMeta = meta(id, {found: `Found “{{found}}”.`})
  const rule: RuleModule = {
    meta: ruleMeta,
    attacher: () => (_tree, file) => {
      runs.count++
      const text = String(file.value)
      for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
        const range: [number, number] = [at, at + find.length]
        report(file, ruleMeta, {
          messageId: 'found',
          span: {start: at, end: at + find.length},
          data: {found: find},
          ...(replace === undefined ? {} : {fix: {range, text: replace}}),
          ...(extra.suggest === undefined ? {} : {suggestions: [{desc: {fragment: 'suggested'}, fix: {range, text: extra.suggest}}]}),
          ...(extra.warningOnly ? {warningOnly: true} : {})
        })
      }
    }
  }
  return {rule, runs}
}

export function crashingRule(id: string): RuleModule {
  return {
    meta: meta(id, {found: 'never'}),
    attacher: () => () => {
      throw new Error('boom')
    }
  }
}

type Start = {word: string}

/**
 * Keeps each post's first word; reports a post whose first word an earlier post also starts
 * with, at `at` (the post's start when not given), with the message its `messageId` option names.
 */
export function sameStartRule(id: string, at?: CrossFinding['at']): RuleModule {
  const rule: RuleModule = {
    meta: meta(id, {'same-start': 'Starts like {{other}}{{when}}.', loud: 'STARTS LIKE {{other}}{{when}}.'}),
    attacher: () => (_tree, file) => {
      const match = /\p{L}+/u.exec(String(file.value))
      if (match) keepSummary(file, rule.meta, {word: match[0].toLowerCase()} satisfies Start)
    },
    crossPost: {
      summarizeText: (text) => {
        const match = /\p{L}+/u.exec(text)
        return match ? ({word: match[0].toLowerCase()} satisfies Start) : undefined
      },
      compare: (posts, options) =>
        posts.flatMap((post): CrossFinding[] => {
          const earlier = posts.find((other) => other.index < post.index && (other.summary as Start).word === (post.summary as Start).word)
          if (!earlier) return []
          const finding = {post: post.index, messageId: (options.messageId as string | undefined) ?? 'same-start', data: {other: earlier.path, when: earlier.date ? ` (${earlier.date})` : ''}}
          return [at ? {...finding, at} : finding]
        })
    }
  }
  return rule
}

export const sameStart = sameStartRule('same-start')

/** A config with every given rule at the given severity (a warning by default). */
export function configOf(registry: readonly RuleModule[], severities: Record<string, 'off' | 'warn' | 'error'> = {}): ResolvedConfig {
  return configFor({registry: [...registry], rules: Object.fromEntries(registry.map((rule) => [rule.meta.id, severities[rule.meta.id] ?? 'warn']))})
}

/** Learns how many published posts each side has, and reports it on every draft: what a draft was linted with. */
export const countsPosts: RuleModule = {
  meta: meta('counts-posts', {learned: 'Learned from {{own}} own and {{opponents}} opponents’ posts.'}),
  attacher: () => (_tree, file) => {
    const learned = file.data.post?.learned?.['counts-posts'] as {own: number; opponents: number} | undefined
    if (learned) report(file, countsPosts.meta, {messageId: 'learned', span: {start: 0, end: 0}, data: learned})
  },
  learning: {
    learn: (sides) => ({own: sides.own.length, opponents: sides.opponents.length}),
    explain: (learned) => learned
  }
}

/** Reports one problem for each fix in its `fixes` option, with that fix (or, with `asSuggestion`, a suggestion of it). */
export const fixesGiven: RuleModule = {
  meta: meta('fixes-given', {fix: 'Fix {{at}}.'}, {fixes: [], asSuggestion: false}),
  attacher: (options) => (_tree, file) => {
    for (const fix of options.fixes as {range: [number, number]; text: string}[]) {
      report(file, fixesGiven.meta, {
        messageId: 'fix',
        span: {start: fix.range[0], end: fix.range[1]},
        data: {at: fix.range.join('-')},
        ...(options.asSuggestion ? {suggestions: [{desc: {fragment: 'suggested'}, fix}]} : {fix})
      })
    }
  }
}

/** Reports what the engine told it about the post, as JSON. */
export const tellsContext: RuleModule = {
  meta: meta('tells-context', {context: '{{context}}'}),
  attacher: () => (_tree, file) => {
    const post = file.data.post!
    const context = JSON.stringify({reply: post.reply, kind: post.kind, media: post.media, date: post.date, platform: post.platform, learned: post.learned ?? null})
    report(file, tellsContext.meta, {messageId: 'context', span: {start: 0, end: 0}, data: {context}})
  }
}
