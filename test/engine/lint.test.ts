// lintPost in-process: the diagnostics of one parsed post, where fixes may go (never into
// what is not prose), severities, the post context rules are given, and a post that
// cannot be split into words.
import {describe, expect, it} from 'vitest'
import type {RuleModule} from '../../rules/types.js'
import {configFor} from '../../src/api.js'
import type {ResolvedConfig} from '../../src/config/load.js'
import {PLATFORMS} from '../../src/config/schema.js'
import {lintPost, postDate} from '../../src/engine/lint.js'
import {createProcessorCache} from '../../src/engine/processor.js'
import type {Locale} from '../../src/lang/languages.js'
import {parsePost, type PostSyntax} from '../../src/post/parse.js'
import {configOf, fixesGiven, substringRule, tellsContext} from './fixtures.js'

async function lint(text: string, rules: readonly RuleModule[], options: {syntax?: PostSyntax; config?: ResolvedConfig; locale?: Locale; learned?: Record<string, unknown>} = {}) {
  const ruleIds = rules.map((rule) => rule.meta.id)
  const locale = options.locale ?? 'en'
  const post = await parsePost(text, options.syntax ?? 'text', {platforms: PLATFORMS, ruleIds, locale})
  const context = {rules, ruleIds, processors: createProcessorCache(rules), locale, ...(options.learned ? {learned: options.learned} : {})}
  return lintPost(post, options.config ?? configOf(rules), '/drafts/a.txt', context)
}

/** The fixes that survive, for fixes reported on `text` (Markdown). */
async function keptFixes(text: string, fixes: {range: [number, number]; text: string}[], asSuggestion = false) {
  const config = configFor({registry: [fixesGiven], rules: {'fixes-given': {severity: 1, options: {fixes, asSuggestion}}}})
  const {messages} = await lint(text, [fixesGiven], {syntax: 'markdown', config})
  return messages.map((message) => (asSuggestion ? (message.suggestions?.map((suggestion) => suggestion.fix) ?? null) : (message.fix ?? null)))
}

// Hidden (not prose): the comments at [3, 16) and [20, 32).
const COMMENTED = 'we <!-- note --> we <!-- two --> end'

describe('lintPost: fixes stay within the prose', () => {
  it('keeps a replacement that touches no hidden range, even one ending where a comment starts or starting where one ends', async () => {
    expect(await keptFixes(COMMENTED, [{range: [0, 3], text: 'us '}, {range: [16, 19], text: ' us'}, {range: [33, 36], text: 'END'}])).toStrictEqual([
      {range: [0, 3], text: 'us '},
      {range: [16, 19], text: ' us'},
      {range: [33, 36], text: 'END'}
    ])
  })

  it('drops a replacement across a comment, but still reports its problem', async () => {
    expect(await keptFixes(COMMENTED, [{range: [0, 19], text: 'us'}])).toStrictEqual([null])
  })

  it('keeps a deletion across comments to the prose after the last one it crosses, and drops one that is all comment', async () => {
    expect(await keptFixes(COMMENTED, [{range: [0, 19], text: ''}])).toStrictEqual([{range: [16, 19], text: ''}])
    expect(await keptFixes(COMMENTED, [{range: [0, 20], text: ''}])).toStrictEqual([{range: [16, 20], text: ''}])
    expect(await keptFixes(COMMENTED, [{range: [0, 36], text: ''}])).toStrictEqual([{range: [32, 36], text: ''}])
    expect(await keptFixes(COMMENTED, [{range: [3, 16], text: ''}])).toStrictEqual([null])
  })

  it('keeps an insertion at the edge of a comment or after all of them, and drops one inside a comment or before the front matter', async () => {
    expect(await keptFixes(COMMENTED, [{range: [3, 3], text: 'x'}, {range: [16, 16], text: 'x'}, {range: [36, 36], text: 'x'}, {range: [10, 10], text: 'x'}])).toStrictEqual([
      {range: [3, 3], text: 'x'},
      null,
      {range: [16, 16], text: 'x'},
      {range: [36, 36], text: 'x'}
    ])
    expect(await keptFixes('---\nplatform: x\n---\nHello', [{range: [0, 0], text: 'x'}])).toStrictEqual([null])
  })

  it('keeps only the suggestions within the prose, and gives none when none is left', async () => {
    expect(await keptFixes(COMMENTED, [{range: [0, 3], text: 'us '}, {range: [0, 19], text: 'us'}], true)).toStrictEqual([[{range: [0, 3], text: 'us '}], null])
    const config = configFor({registry: [fixesGiven], rules: {'fixes-given': {severity: 1, options: {fixes: [{range: [0, 19], text: 'us'}], asSuggestion: true}}}})
    const {messages} = await lint(COMMENTED, [fixesGiven], {syntax: 'markdown', config})
    expect(messages[0]).not.toHaveProperty('suggestions')
    expect(messages[0]).not.toHaveProperty('fix')
  })
})

describe('lintPost: diagnostics', () => {
  it('gives each problem the severity its rule is set to, and a warning for a lesser finding of a rule set to error', async () => {
    const strict = substringRule('strict', 'bad').rule
    const lenient = substringRule('lenient', 'bad').rule
    const lesser = substringRule('lesser', 'bad', undefined, {warningOnly: true}).rule
    const rules = [strict, lenient, lesser]
    const {messages, lang} = await lint('A bad day.', rules, {config: configOf(rules, {strict: 'error', lenient: 'warn', lesser: 'error'})})
    expect(lang).toBe('en')
    expect(messages).toStrictEqual([
      {ruleId: 'lenient', messageId: 'found', severity: 1, message: 'Found “bad”.', line: 1, column: 3, endLine: 1, endColumn: 6},
      {ruleId: 'lesser', messageId: 'found', severity: 1, message: 'Found “bad”.', line: 1, column: 3, endLine: 1, endColumn: 6},
      {ruleId: 'strict', messageId: 'found', severity: 2, message: 'Found “bad”.', line: 1, column: 3, endLine: 1, endColumn: 6}
    ])
  })

  it('leaves out the rules the front matter disables', async () => {
    const rules = [substringRule('one', 'bad').rule, substringRule('two', 'bad').rule]
    const {messages} = await lint('---\ndisable: [one]\n---\nbad', rules)
    expect(messages.map((message) => message.ruleId)).toEqual(['two'])
  })

  it('runs no rule on a post whose front matter is broken: its language is then "und"', async () => {
    const {messages, lang} = await lint('---\nplatform: [\n---\nbad', [substringRule('one', 'bad').rule])
    expect(lang).toBe('und')
    expect(messages).toEqual([expect.objectContaining({ruleId: null, severity: 2, fatal: true})])
  })

  it('reports a post the parser cannot split as a fatal problem at its start, saying what the parser said', async () => {
    // retext-syntax-urls throws on a post that starts with "://"; its words are not parllint's to pin, only that they are there.
    const {messages} = await lint('://www.example.com/news/a', [substringRule('one', 'bad').rule])
    expect(messages).toStrictEqual([{ruleId: null, severity: 2, fatal: true, message: expect.any(String) as unknown as string, line: 1, column: 1, endLine: 1, endColumn: 1}])
    const detail = /^parllint could not split this post into sentences and words \((.*)\)\. Please report this bug with the post\.$/u.exec(messages[0]!.message)?.[1]
    expect(detail).toMatch(/\w/u)
    expect(detail).not.toContain('{{')
  })
})

describe('lintPost: what rules are told about the post', () => {
  const contextOf = async (text: string, learned?: Record<string, unknown>) =>
    JSON.parse((await lint(text, [tellsContext], learned ? {learned} : {})).messages[0]!.message) as Record<string, unknown>

  it('the defaults: not a reply, a post, no media, no date, nothing learned', async () => {
    expect(await contextOf('Hello there.')).toEqual({reply: false, kind: 'post', media: [], learned: null})
  })

  it('what the front matter says, keeping only the media entries that are objects, each with where it is written', async () => {
    const text = '---\nreply: true\nkind: profile\nscheduled: 2026-12-01\nmedia:\n  - {file: a.png, alt: A}\n  - just a string\n  - null\n  - {file: b.png}\n---\nHello there.'
    const context = await contextOf(text, {'tells-context': {seen: 1}})
    expect(context).toEqual({
      reply: true,
      kind: 'profile',
      date: '2026-12-01',
      media: [
        {file: 'a.png', alt: 'A', at: text.indexOf('{file: a.png')},
        {file: 'b.png', at: text.indexOf('{file: b.png')}
      ],
      learned: {'tells-context': {seen: 1}}
    })
  })

  it('postDate: the scheduled date before the date', () => {
    expect(postDate({scheduled: '2026-12-01', date: '2026-01-01'} as never)).toBe('2026-12-01')
    expect(postDate({date: '2026-01-01'} as never)).toBe('2026-01-01')
    expect(postDate({} as never)).toBeUndefined()
  })
})
