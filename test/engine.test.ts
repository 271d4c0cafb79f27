import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {report} from '../rules/report.js'
import type {RuleModule} from '../rules/types.js'
import {createProcessorCache} from '../src/engine/processor.js'
import {createTextLinter} from '../src/api.js'
import {inEveryLocale} from '../src/lang/messages.js'
import {lintText} from './helpers/lint-text.js'

// A rule that reports every word it is told to find, to test the engine alone.
function wordRule(id: string, word: string): RuleModule {
  const meta = {
    id,
    name: inEveryLocale(() => 'Test rule'),
    description: inEveryLocale(() => 'test rule'),
    guideline: {section: 'test', summary: 'test'},
    docs: `docs/rules/${id}.md`,
    defaultSeverity: 'warn' as const,
    schema: {type: 'object'},
    defaultOptions: {},
    fixable: true,
    messages: {found: inEveryLocale(() => 'Found “{{word}}”.')}
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

  it('count the next line from where a comment ends, and a block only from where it starts', async () => {
    expect(await summary('<!-- parllint-disable-next-line\n  finder -->\nbad\nbad <!-- parllint-disable -->')).toEqual([
      '3:1 other Found “bad”.',
      '4:1 finder Found “bad”.',
      '4:1 other Found “bad”.',
      '4:5 - Unused parllint-disable comment (no problems were reported). Remove it.'
    ])
  })

  it('enable one rule inside a block that disables every rule', async () => {
    expect(await summary('<!-- parllint-disable -->\nbad\n<!-- parllint-enable other -->\nbad')).toEqual(['4:1 other Found “bad”.'])
  })

  it('report their own problems as warnings on the whole comment, naming the rules or none', async () => {
    expect(await lint('fine <!-- parllint-disable-line finder, other -->\n<!-- parllint-disable-next-line\n-->\nfine <!-- parllint-disable zzz -->\n<!-- parllint-enable -->')).toEqual([
      {ruleId: null, severity: 1, message: 'Unused parllint-disable-line comment (no problems were reported from finder, other). Remove it.', line: 1, column: 6, endLine: 1, endColumn: 50},
      {ruleId: null, severity: 1, message: 'Unused parllint-disable-next-line comment (no problems were reported). Remove it.', line: 2, column: 1, endLine: 3, endColumn: 4},
      {ruleId: null, severity: 1, message: 'Unknown rule "zzz" in this parllint-disable comment.', line: 4, column: 6, endLine: 4, endColumn: 35}
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

  it('parse each post with its language’s parser: English knows “Mr.” does not end a sentence', async () => {
    const sentences: RuleModule = {
      meta: {...wordRule('sentences', '').meta, id: 'sentences'},
      attacher: () => (tree, file) => {
        for (const paragraph of tree.children) {
          if (paragraph.type !== 'ParagraphNode') continue
          for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') report(file, sentences.meta, {messageId: 'found', node: sentence})
        }
      }
    }
    const lint = createTextLinter({registry: [sentences]})
    const columns = async (lang: 'en' | 'es') => (await lint('Mr. Smith voted. We agree.', lang)).map((d) => d.column)
    expect(await columns('en')).toEqual([1, 18])
    expect(await columns('es')).toEqual([1, 5, 18])
    expect(await columns('en')).toEqual([1, 18])
  })

  it('run only the rules that are on, with their options', async () => {
    const finder: RuleModule = {
      ...wordRule('finder', ''),
      attacher: (options) => wordRule('finder', options.word as string).attacher({})
    }
    expect(await lintText('bad good', {registry: [finder], rules: {finder: {severity: 1, options: {word: 'good'}}}})).toMatchObject([{column: 5}])
    expect(await lintText('bad good', {registry: [finder], rules: {finder: {severity: 0, options: {word: 'good'}}}})).toEqual([])
  })

  it('turn whatever a rule throws, or rejects with, into a fatal diagnostic naming the rule', async () => {
    const throwing = (id: string, transform: () => Promise<void>): RuleModule => ({meta: {...crashing.meta, id}, attacher: () => transform})
    const found = await lintText('bad', {
      registry: [
        throwing('text', () => {
          throw 'no tree'
        }),
        throwing('async', () => Promise.reject(new Error('late')))
      ]
    })
    expect(found.map(({ruleId, severity, fatal, message}) => ({ruleId, severity, fatal, message}))).toEqual([
      {ruleId: 'async', severity: 2, fatal: true, message: 'Rule async failed on this post: late. Please report this bug.'},
      {ruleId: 'text', severity: 2, fatal: true, message: 'Rule text failed on this post: no tree. Please report this bug.'}
    ])
  })
})
