import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {report} from '../rules/report.js'
import type {RuleModule} from '../rules/types.js'
import {createProcessorCache} from '../src/engine/processor.js'
import {lintText} from './helpers/lint-text.js'

// A rule that reports every word it is told to find, to test the engine alone.
function wordRule(id: string, word: string): RuleModule {
  const meta = {
    id,
    description: 'test rule',
    guideline: {section: 'test', summary: 'test'},
    docs: `docs/rules/${id}.md`,
    defaultSeverity: 'warn' as const,
    schema: {type: 'object'},
    defaultOptions: {},
    fixable: true,
    messages: {found: {en: 'Found “{{word}}”.'}}
  }
  return {
    meta,
    attacher: () => (tree, file) => {
      const visit = (node: {type: string; children?: unknown[]; value?: string; position?: unknown}) => {
        if (node.type === 'WordNode') {
          const text = (node.children as {value: string}[]).map((child) => child.value).join('')
          if (text.toLowerCase() === word) {
            report(file, meta, {messageId: 'found', node: node as never, data: {word: text}})
          }
        }
        node.children?.forEach((child) => visit(child as never))
      }
      visit(tree as never)
    }
  }
}

const crashing: RuleModule = {
  meta: {...wordRule('crashing', 'x').meta, id: 'crashing'},
  attacher: () => () => {
    throw new Error('boom')
  }
}

describe('syntax: URLs, mentions, hashtags and emoji are not words', () => {
  const rule = wordRule('finder', 'utilize')
  it.each([
    ['#utilize', 'a hashtag'],
    ['#Utilize2026', 'a hashtag with digits'],
    ['@utilize', 'an X mention'],
    ['@utilize.bsky.social', 'a Bluesky handle'],
    ['@utilize@mastodon.social', 'a Mastodon handle'],
    ['https://example.org/utilize', 'a URL'],
    ['example.org/utilize', 'a bare domain'],
    [':utilize:', 'an emoji shortcode']
  ])('%s (%s)', async (token) => {
    expect(await lintText(`Thanks ${token} today.`, {registry: [rule]})).toEqual([])
  })

  it('still sees the word next to a mention or at the end of a sentence', async () => {
    const found = await lintText('Thanks @jane. We utilize it, #ok utilize.', {registry: [rule]})
    expect(found.map((d) => d.column)).toEqual([18, 34])
  })

  it('does not take C# or &#39; for hashtags', async () => {
    const found = await lintText('C#utilize', {registry: [rule]})
    expect(found).toHaveLength(1)
  })
})

describe('lintPost', () => {
  const rule = wordRule('finder', 'bad')

  it('points into the file as written: front matter, CRLF and Markdown', async () => {
    const text = '---\r\nplatform: x\r\n---\r\nA bad day.\r\n\r\n`bad` but bad\r\n'
    const found = await lintText(text, {registry: [rule], syntax: 'markdown'})
    expect(found.map(({line, column, endLine, endColumn}) => ({line, column, endLine, endColumn}))).toEqual([
      {line: 4, column: 3, endLine: 4, endColumn: 6},
      {line: 6, column: 11, endLine: 6, endColumn: 14}
    ])
  })

  it('applies the severity from the config', async () => {
    const found = await lintText('bad', {registry: [rule], rules: {finder: 'error'}})
    expect(found[0]).toMatchObject({ruleId: 'finder', messageId: 'found', severity: 2, message: 'Found “bad”.'})
  })

  it('turns a rule that throws into a fatal diagnostic on that post', async () => {
    const found = await lintText('bad', {registry: [crashing, rule]})
    expect(found).toEqual([
      {
        ruleId: 'crashing',
        severity: 2,
        fatal: true,
        message: 'Rule crashing failed on this post: boom. Please report this bug.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
      },
      expect.objectContaining({ruleId: 'finder', line: 1, column: 1})
    ])
  })

  it('turns a post the parser cannot split into a fatal diagnostic, with parllint’s own message', async () => {
    // retext-syntax-urls throws on a post that starts with "://"; what it says is not parllint's to pin.
    expect(await lintText('://www.example.com/news/a', {registry: [rule]})).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: expect.stringMatching(/^parllint could not split this post into sentences and words \(.+\)\. Please report this bug with the post\.$/u),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
      }
    ])
  })

  it('skips rules that front matter disables', async () => {
    expect(await lintText('---\ndisable: finder\n---\nbad', {registry: [rule]})).toEqual([])
  })

  it('does not lint a post whose front matter cannot be read', async () => {
    const found = await lintText('---\nplatform: [x\n---\nbad', {registry: [rule]})
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: null, fatal: true, severity: 2, line: 3})
  })
})

describe('directives', () => {
  const rule = wordRule('finder', 'bad')
  const other = wordRule('other', 'bad')
  const lint = (text: string) => lintText(text, {registry: [rule, other]})
  const summary = async (text: string) => (await lint(text)).map((d) => `${d.line}:${d.column} ${d.ruleId ?? '-'} ${d.message}`)

  it('disable and enable a block for named rules', async () => {
    expect(await summary('<!-- parllint-disable finder -- a quote -->\nbad\n<!-- parllint-enable finder -->\nbad')).toEqual([
      '2:1 other Found “bad”.',
      '4:1 finder Found “bad”.',
      '4:1 other Found “bad”.'
    ])
  })

  it('disable every rule to the end', async () => {
    expect(await summary('bad\n<!-- parllint-disable -->\nbad bad')).toEqual(['1:1 finder Found “bad”.', '1:1 other Found “bad”.'])
  })

  it('disable-line and disable-next-line', async () => {
    expect(
      await summary('bad <!-- parllint-disable-line finder -->\n<!-- parllint-disable-next-line -->\nbad\nbad')
    ).toEqual(['1:1 other Found “bad”.', '4:1 finder Found “bad”.', '4:1 other Found “bad”.'])
  })

  it('reports directives that suppress nothing and unknown rule ids', async () => {
    expect(await summary('fine\n<!-- parllint-disable-next-line finder -->\nfine <!-- parllint-disable findr -->')).toEqual([
      '2:1 - Unused parllint-disable-next-line comment (no problems were reported from finder). Remove it.',
      '3:6 - Unknown rule "findr" in this parllint-disable comment. Did you mean "finder"?'
    ])
  })
})

describe('processors', () => {
  it('builds one processor per distinct language and rule settings, and reuses it', async () => {
    const cache = createProcessorCache(rules)
    const settings = {'plain-language': {severity: 1 as const, options: {maxGrade: 8, accept: []}}}
    const first = await cache.get('en', settings)
    expect(await cache.get('en', {'plain-language': {severity: 2, options: {maxGrade: 8, accept: []}}})).toBe(first)
    expect(await cache.get('es', settings)).not.toBe(first)
    expect(await cache.get('en', {'plain-language': {severity: 1, options: {maxGrade: 9, accept: []}}})).not.toBe(first)
    expect(cache.size).toBe(3)
  })
})
