import {describe, expect, it} from 'vitest'
import {scanComments} from '../src/post/directives.js'
import {parseFrontMatter, readSimple, readYaml} from '../src/post/front-matter.js'
import {blankOut, LineIndex} from '../src/post/lines.js'
import {parsePost} from '../src/post/parse.js'

const options = {platforms: ['x', 'bluesky'], ruleIds: ['plain-language']}

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as line breaks', () => {
    const lines = new LineIndex('ab\r\ncd\ne\rf')
    expect(lines.point(0)).toEqual({line: 1, column: 1})
    expect(lines.point(4)).toEqual({line: 2, column: 1})
    expect(lines.point(7)).toEqual({line: 3, column: 1})
    expect(lines.point(9)).toEqual({line: 4, column: 1})
    expect(lines.lineCount).toBe(4)
  })
})

describe('blankOut', () => {
  it('replaces characters with spaces but keeps line breaks, so offsets stay', () => {
    expect(blankOut('ab\r\ncd ef', [[1, 5], [7, 9]])).toBe('a \r\n d   ')
  })
})

describe('front matter', () => {
  it('reads simple "key: word" lines exactly as the YAML parser does, and leaves the rest to it', async () => {
    const values = ['en', 'x', 'staff', 'true', 'True', 'TRUE', 'false', 'null', 'NULL', 'Null', 'yes', 'No', 'on', 'off', 'y', 'n', 'nan', 'inf', 'e', 'a-b', 'a_b']
    const dates = ['2026-03-02', '2026-03-02T09:00', '2026-03-02T09:00:00']
    const others = ['2026-3-2', '~', '', '.inf', '1e3', '0x1F', '12', '"en"', 'en # note', 'a b', '[x]', 'x:y', '-', 'é']
    const bodies: string[] = []
    for (const value of [...values, ...dates, ...others]) {
      for (const [separator, trailing, eol] of [[' ', '', '\n'], ['\t', ' ', '\n'], ['  ', '\t', '\r\n']] as const) {
        bodies.push(`lang: ${'en'}${eol}\nreply:${separator}${value}${trailing}${eol}`)
      }
    }
    bodies.push('lang: en\nlang: es\n', '# note\nlang: en\n', ' lang: en\n', 'lang:en\n', 'Lang: en\n', '')
    let simple = 0
    for (const body of bodies) {
      const fast = readSimple(body)
      if (fast === undefined) continue
      simple++
      expect({body, pairs: fast}).toEqual({body, pairs: (await readYaml(body) as {pairs: unknown}).pairs})
    }
    // Every word and date above (3 layouts each) and the empty body take the fast way.
    expect(simple).toBe((values.length + dates.length) * 3 + 1)
  })

  it('reads known keys and reports unknown ones at their position', async () => {
    const text = '---\nplatform: bluesky\nreply: true\ncolour: red\ndisable: plain-language\n---\nHello'
    const parsed = await parseFrontMatter(text, options)
    expect(parsed.data).toEqual({platform: 'bluesky', reply: true, disable: ['plain-language']})
    expect(parsed.end).toBe(text.indexOf('Hello'))
    expect(parsed.problems).toEqual([
      {
        message: 'Unknown front matter key "colour" (ignored). Known keys: platform, lang, author, reply, disable, kind, date, scheduled, media.',
        start: text.indexOf('colour'),
        end: text.indexOf('colour') + 6,
        severity: 1
      }
    ])
  })

  it('reports a wrong value and keeps the rest', async () => {
    const text = '---\nplatform: tiktok\nlang: es\n---\nHola'
    const parsed = await parseFrontMatter(text, options)
    expect(parsed.data).toEqual({lang: 'es'})
    expect(parsed.problems).toEqual([
      {message: 'Front matter "platform" is "tiktok"; expected one of x, bluesky.', start: 14, end: 20, severity: 2}
    ])
  })

  it('reports YAML that does not parse as fatal', async () => {
    const parsed = await parseFrontMatter('---\nplatform: [x\n---\nHi', options)
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toMatchObject({severity: 2, fatal: true})
    expect(parsed.problems[0]!.message).toMatch(/^Front matter is not valid YAML: /)
  })

  it('reports a front matter that is never closed', async () => {
    expect((await parseFrontMatter('---\nplatform: x\nHello', options)).problems).toEqual([
      {message: 'Front matter is not closed: add a line with only "---" after it.', start: 0, end: 3, severity: 2, fatal: true}
    ])
  })

  it('accepts CRLF fences', async () => {
    const text = '---\r\nlang: es\r\n---\r\nHola'
    expect(await parseFrontMatter(text, options)).toEqual({data: {lang: 'es'}, end: text.indexOf('Hola'), problems: []})
  })

  it('is absent unless the very first line is a fence', async () => {
    expect((await parseFrontMatter('Hello\n---\nlang: es\n---\n', options)).end).toBe(0)
  })
})

describe('directives', () => {
  it('parses kinds, rule lists and reasons', () => {
    const text =
      'a <!-- parllint-disable plain-language, other -- quoting the bill --> b <!-- parllint-enable --> <!-- parllint-disable-next-line --> <!-- not a directive -->'
    expect(scanComments(text).directives.map(({kind, rules}) => ({kind, rules}))).toEqual([
      {kind: 'disable', rules: ['plain-language', 'other']},
      {kind: 'enable', rules: undefined},
      {kind: 'disable-next-line', rules: undefined}
    ])
  })
})

describe('parsePost', () => {
  it('blanks front matter and comments out of the prose without moving offsets', async () => {
    const text = '---\nlang: en\n---\nHi <!-- parllint-disable-line -->there'
    const post = await parsePost(text, 'text', options)
    expect(post.prose).toHaveLength(text.length)
    expect(post.prose.trim()).toMatch(/^Hi {30,}there$/)
    expect(post.prose.indexOf('there')).toBe(text.indexOf('there'))
    expect(post.directives).toHaveLength(1)
  })

  it('keeps only the prose of Markdown: not code, URLs or HTML', async () => {
    const text = '# Title\n\nSee `code` and [the bill](https://x.gov/utilize).\n\n```\nutilize\n```\n<div>html</div>\n'
    const post = await parsePost(text, 'markdown', options)
    expect(post.prose).toHaveLength(text.length)
    expect(post.prose).not.toMatch(/code|https|utilize|html|#/)
    expect(post.prose.indexOf('Title')).toBe(2)
    expect(post.prose.indexOf('the bill')).toBe(text.indexOf('the bill'))
  })

  it('finds directives in Markdown HTML only, not in code', async () => {
    const text = '<!-- parllint-disable -->\n\n```\n<!-- parllint-enable -->\n```\n'
    const post = await parsePost(text, 'markdown', options)
    expect(post.directives.map((d) => d.kind)).toEqual(['disable'])
  })
})
