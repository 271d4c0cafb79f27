// The html report without a browser: its structure, its escaping, and each case
// it must draw (no problems, errors only, a problem at the end of the text,
// overlapping problems, what is not posted, the length gauge), and its labels in each
// locale. test/html-report.test.ts checks the same page in Chromium.
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {PLATFORMS} from '../src/config/schema.js'
import {formatAll, formatters} from '../src/formatters/index.js'
import type {RuleInfo} from '../src/formatters/types.js'
import type {Locale} from '../src/lang/languages.js'
import {parsePost} from '../src/post/parse.js'
import {toResult, type Diagnostic, type LintResult, type PostLength} from '../src/results.js'

// What the CLI tells the formatter about rules, in the user's locale.
const rules: RuleInfo[] = [
  {id: 'plain-language', name: 'Plain language', description: 'Plain and direct wording.', docs: 'https://example.org/plain-language.md'},
  {id: 'redundancy', name: 'Redundancy', description: 'No repeats.', docs: 'https://example.org/redundancy.md'}
]
const context = {cwd: '/drafts', color: new Chalk({level: 0}), canFix: true, rules}
const page = (...results: LintResult[]) => formatAll(formatters.html!, results, context)
const pageIn = (locale: Locale, ...results: LintResult[]) => formatAll(formatters.html!, results, {...context, locale})
const draft = (file: string, source: string, messages: Diagnostic[], extra: {lengths?: PostLength[]; notPosted?: [number, number][]; lang?: string} = {}) =>
  toResult(`/drafts/${file}`, messages, undefined, {source, notPosted: extra.notPosted ?? [], ...(extra.lengths ? {lengths: extra.lengths} : {}), ...(extra.lang ? {lang: extra.lang} : {})})
const problem = (line: number, column: number, endLine: number, endColumn: number, severity: 1 | 2 = 1, ruleId: string | null = 'plain-language', message = 'A problem.'): Diagnostic => ({
  ruleId,
  severity,
  message,
  line,
  column,
  endLine,
  endColumn
})

/** The parts of one draft's section, as text a test can compare. */
function section(html: string, file: string) {
  const found = new RegExp(`<section class="draft" data-file="${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}">(.*?)</section>`, 'su').exec(html)
  expect(found, `a section for ${file}`).not.toBeNull()
  const body = found![1]!
  const post = /<div class="post">(.*?)<\/div><div class="problems">/su.exec(body)![1]!
  return {
    body,
    post,
    /** The post as the reader sees it: tags dropped, entities read. */
    shown: unescape(post.replace(/<[^>]+>/gu, '')),
    marks: [...post.matchAll(/<mark class="(\w+)" data-problem="(\d+)">(.*?)<\/mark>/gsu)].map(([, kind, number, text]) => ({kind, number: Number(number), text: unescape(text!)})),
    items: [...body.matchAll(/<li class="(\w+)">(.*?)<div class="rule">(.*?)<\/div><\/li>/gsu)].map(([, kind, message, rule]) => ({kind, message: unescape(message!), rule: unescape(rule!)})),
    gauge: /<div class="(gauge[^"]*)" title="([^"]*)"><span style="width:(\d+)%"><\/span><\/div><p class="length">([^<]*)<\/p>/u.exec(body)?.slice(1),
    lengths: [...body.matchAll(/<p class="length">([^<]*)<\/p>/gu)].map(([, text]) => unescape(text!))
  }
}

function unescape(text: string): string {
  return text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')
}

/** Every element that opens closes, in order (void elements aside). */
function balanced(html: string): boolean {
  const open: string[] = []
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/giu)) {
    if (/^(?:meta|br|hr|img|link|input)$/iu.test(name!)) continue
    if (!closing) open.push(name!)
    else if (open.pop() !== name) return false
  }
  return open.length === 0
}

describe('html report: structure', () => {
  const html = page(
    draft('a.txt', 'We will will utilize the fund.', [problem(1, 4, 1, 8, 1, 'redundancy', 'Repeated.'), problem(1, 14, 1, 21, 2, 'plain-language', 'Jargon.')]),
    draft('sub/b.txt', 'Use it.', [problem(1, 1, 1, 4, 1, 'plain-language', 'Odd.')]),
    draft('clean.txt', 'Fine post.', [])
  )

  it('is one self-contained, well-formed page with totals and a summary per rule, most problems first', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>parllint report</title><style>')).toBe(true)
    expect(html.endsWith('</body></html>\n')).toBe(true)
    expect(balanced(html)).toBe(true)
    expect(html).not.toMatch(/<(?:script|link|img)\b|url\(/u)
    expect(html).toContain('<h1>parllint: 1 error, 2 warnings</h1>')
    expect(html).toContain(
      '<table><tr><th>Rule</th><th>What it checks</th><th>Problems</th></tr><tr><td>Plain language</td><td>Plain and direct wording.</td><td>2</td></tr><tr><td>Redundancy</td><td>No repeats.</td><td>1</td></tr></table>'
    )
  })

  it('has one section per draft, in order, named by its path from the working folder', () => {
    expect([...html.matchAll(/<section class="draft" data-file="([^"]+)"><h2>([^<]+)<\/h2>/gu)].map(([, file, title]) => [file, title])).toEqual([
      ['a.txt', 'a.txt'],
      ['sub/b.txt', 'sub/b.txt'],
      ['clean.txt', 'clean.txt']
    ])
  })

  it('highlights each problem in the post and explains it in a numbered list beside it', () => {
    const a = section(html, 'a.txt')
    expect(a.shown).toBe('We will will utilize the fund.')
    expect(a.marks).toEqual([
      {kind: 'warning', number: 1, text: 'will'},
      {kind: 'error', number: 2, text: 'utilize'}
    ])
    expect(a.items).toEqual([
      {kind: 'warning', message: 'Repeated.', rule: 'Warning · Redundancy · line 1'},
      {kind: 'error', message: 'Jargon.', rule: 'Error · Plain language · line 1'}
    ])
  })

  it('says so when a draft has no problems, and has no summary table when no draft has any', () => {
    expect(section(html, 'clean.txt').body).toContain('<p class="clean">No problems found.</p>')
    const clean = page(draft('clean.txt', 'Fine post.', []))
    expect(clean).toContain('<h1>parllint: 0 errors, 0 warnings</h1>')
    expect(clean).not.toContain('<table')
    expect(section(clean, 'clean.txt')).toMatchObject({shown: 'Fine post.', marks: [], items: []})
  })

  it('lists problems that have no place in the text (a binary file) under “The draft file”, without a highlight or a line', () => {
    const html = page(toResult('/drafts/image.txt', [{ruleId: null, severity: 2, fatal: true, message: 'This file is binary.', line: 0, column: 0}]))
    expect(section(html, 'image.txt')).toMatchObject({post: '', marks: [], items: [{kind: 'error', message: 'This file is binary.', rule: 'Error · The draft file'}]})
    expect(html).toContain('<tr><td>The draft file</td><td>Problems with the file itself: its front matter, comments or encoding.</td><td>1</td></tr>')
  })

  it('names the language each draft was checked in beside its name, in that language', () => {
    const html = page(
      draft('es.txt', 'Hola.', [], {lang: 'es'}),
      draft('fr.txt', 'Bonjour.', [], {lang: 'fr'}),
      draft('ca.txt', 'Bon dia.', [], {lang: 'ca'}),
      draft('und.txt', '#tag', [], {lang: 'und'}),
      draft('unread.txt', '', [])
    )
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/gu)].map(([, heading]) => heading)).toEqual([
      'es.txt <span class="lang" lang="es">Español</span>',
      'fr.txt <span class="lang" lang="fr">Français</span>',
      'ca.txt <span class="lang" lang="ca">Català</span>',
      'und.txt',
      'unread.txt'
    ])
  })
})

describe('html report: escaping', () => {
  it('escapes HTML in messages, paths, rule ids and the draft text', () => {
    const text = 'Tom & "Jerry" <b>vote</b> <script>alert(1)</script>'
    const html = page(draft('a&b<c>"d".txt', text, [problem(1, 15, 1, 22, 2, '<rule>', 'Do not write <b> & "quotes".')]))
    expect(html).not.toMatch(/<(?:b|script)>/u)
    expect(balanced(html)).toBe(true)
    expect(html).toContain('data-file="a&amp;b&lt;c&gt;&quot;d&quot;.txt"><h2>a&amp;b&lt;c&gt;&quot;d&quot;.txt</h2>')
    const a = section(html, 'a&amp;b&lt;c&gt;&quot;d&quot;.txt')
    expect(a.shown).toBe(text)
    expect(a.marks).toEqual([{kind: 'error', number: 1, text: '<b>vote'}])
    expect(a.items).toEqual([{kind: 'error', message: 'Do not write <b> & "quotes".', rule: 'Error · <rule> · line 1'}])
    // A rule the run does not describe goes by its id, with nothing said of what it checks.
    expect(html).toContain('<tr><td>&lt;rule&gt;</td><td></td><td>1</td></tr>')
  })
})

describe('html report: what it draws', () => {
  it('with --quiet, shows the draft with its errors only, numbered as listed', () => {
    // The CLI hands the formatter each result with its warnings left out.
    const html = page(draft('a.txt', 'We will will utilize the fund.', [problem(1, 14, 1, 21, 2, 'plain-language', 'Jargon.')]))
    expect(html).toContain('<h1>parllint: 1 error, 0 warnings</h1>')
    expect(section(html, 'a.txt')).toMatchObject({shown: 'We will will utilize the fund.', marks: [{kind: 'error', number: 1, text: 'utilize'}]})
  })

  it('marks a problem at the very end of the text (a missing signature) without inventing text', () => {
    const html = page(draft('a.txt', 'We voted today.', [problem(1, 16, 1, 16, 2, 'manager-disclosure', 'Sign it.')]))
    expect(html).not.toContain('undefined')
    expect(section(html, 'a.txt')).toMatchObject({shown: 'We voted today.', marks: [{kind: 'error', number: 1, text: ''}]})
  })

  it('marks a problem on a later line, and one that spans lines', () => {
    const a = section(page(draft('a.txt', 'First line.\nWe utilize it.\nEnd of it.', [problem(2, 4, 2, 11), problem(2, 12, 3, 4)])), 'a.txt')
    expect(a.marks.map((mark) => mark.text)).toEqual(['utilize', 'it.\nEnd'])
  })

  it('keeps the first of overlapping or nested problems highlighted, and lists them all', () => {
    const text = 'We will utilize the new funds today.'
    // "utilize the new" (1), "utilize" inside it (2), "new funds" across its end (3), "today" apart (4).
    const a = section(page(draft('a.txt', text, [problem(1, 9, 1, 24), problem(1, 9, 1, 16), problem(1, 21, 1, 30), problem(1, 31, 1, 36)])), 'a.txt')
    expect(a.shown).toBe(text)
    expect(a.marks).toEqual([
      {kind: 'warning', number: 1, text: 'utilize the new'},
      {kind: 'warning', number: 4, text: 'today'}
    ])
    expect(a.items).toHaveLength(4)
  })

  it('prefers the longer of two problems that start together, whatever their order', () => {
    const a = section(page(draft('a.txt', 'We will utilize the funds.', [problem(1, 9, 1, 16), problem(1, 9, 1, 20)])), 'a.txt')
    expect(a.marks).toEqual([{kind: 'warning', number: 2, text: 'utilize the'}])
  })

  it('shows the post as it will be published: no front matter, no parllint comments, and no highlight in them', async () => {
    const text = '---\nplatform: x\nmedia:\n  - file: a.png\n---\nWe <!-- parllint-disable-line -->utilize it.\n'
    const {notPosted} = await parsePost(text, 'text', {platforms: PLATFORMS, ruleIds: []})
    const column = text.split('\n')[5]!.indexOf('utilize') + 1
    const html = page(draft('a.txt', text, [problem(4, 5, 4, 5, 1, 'platform-limits', 'No alt text.'), problem(6, column, 6, column + 7, 1, 'plain-language', 'Jargon.')], {notPosted}))
    const a = section(html, 'a.txt')
    expect(a.shown).toBe('We utilize it.')
    expect(html).not.toMatch(/platform: x|parllint-disable/u)
    expect(a.marks).toEqual([{kind: 'warning', number: 2, text: 'utilize'}])
    expect(a.items.map((item) => item.message)).toEqual(['No alt text.', 'Jargon.'])
  })

  it('draws the platform length as a gauge, full and red when the post is over the limit', () => {
    const under = section(page(draft('a.txt', 'Short.', [], {lengths: [{count: 70, limit: 280, unit: 'weighted characters', platform: 'X', part: 1, of: 1}]})), 'a.txt')
    expect(under.gauge).toEqual(['gauge', '70/280 weighted characters on X', '25', '70/280 weighted characters on X'])
    const over = section(page(draft('a.txt', 'Long.', [], {lengths: [{count: 350, limit: 300, unit: 'characters', platform: 'Bluesky', part: 1, of: 1}]})), 'a.txt')
    expect(over.gauge).toEqual(['gauge over', '350/300 characters on Bluesky', '100', '350/300 characters on Bluesky'])
    const exactly = section(page(draft('a.txt', 'Full.', [], {lengths: [{count: 500, limit: 500, unit: 'characters', platform: 'Mastodon', part: 1, of: 1}]})), 'a.txt')
    expect(exactly.gauge?.slice(0, 3)).toEqual(['gauge', '500/500 characters on Mastodon', '100'])
    expect(section(page(draft('a.txt', 'No platform.', [])), 'a.txt').gauge).toBeUndefined()
  })

  it('draws a gauge for each part of a thread, numbered', () => {
    const parts = [1, 2].map((part) => ({count: 100 * part, limit: 280, unit: 'weighted characters', platform: 'X', part, of: 2}))
    expect(section(page(draft('a.txt', 'One.\n---\nTwo.', [], {lengths: parts})), 'a.txt').lengths).toEqual([
      'Part 1 of 2: 100/280 weighted characters on X',
      'Part 2 of 2: 200/280 weighted characters on X'
    ])
  })
})

describe('html report: in each locale', () => {
  // Rule names and descriptions come translated from the CLI; the unit of a length, from the rule.
  const results = () => [
    draft('a.txt', 'We will will fund it.', [problem(1, 4, 1, 8, 1, 'redundancy', 'Repeated.')], {
      lang: 'en',
      lengths: [1, 2].map((part) => ({count: 70, limit: 280, unit: 'u', platform: 'X', part, of: 2}))
    }),
    draft('b.txt', 'Fine.', [], {lang: 'pt'}),
    toResult('/drafts/c.txt', [{ruleId: null, severity: 2, fatal: true, message: 'Binary.', line: 0, column: 0}])
  ]
  it.each([
    ['en', 'parllint report', 'parllint: 1 error, 1 warning', ['Rule', 'What it checks', 'Problems'], 'The draft file', 'Problems with the file itself: its front matter, comments or encoding.', 'Warning · Redundancy · line 1', 'Error · The draft file', 'No problems found.', ['Part 1 of 2: 70/280 u on X', 'Part 2 of 2: 70/280 u on X']],
    ['es', 'Informe de parllint', 'parllint: 1 error, 1 advertencia', ['Regla', 'Qué revisa', 'Problemas'], 'El archivo del borrador', 'Problemas del propio archivo: su encabezado (front matter), sus comentarios o su codificación.', 'Advertencia · Redundancy · línea 1', 'Error · El archivo del borrador', 'No se encontraron problemas.', ['Parte 1 de 2: 70/280 u en X', 'Parte 2 de 2: 70/280 u en X']],
    ['fr', 'Rapport de parllint', 'parllint : 1 erreur, 1 avertissement', ['Règle', 'Ce qu’elle vérifie', 'Problèmes'], 'Le fichier du brouillon', 'Problèmes du fichier lui-même : son en-tête (front matter), ses commentaires ou son encodage.', 'Avertissement · Redundancy · ligne 1', 'Erreur · Le fichier du brouillon', 'Aucun problème trouvé.', ['Partie 1 sur 2 : 70/280 u sur X', 'Partie 2 sur 2 : 70/280 u sur X']],
    ['pt', 'Relatório do parllint', 'parllint: 1 erro, 1 aviso', ['Regra', 'O que verifica', 'Problemas'], 'O arquivo do rascunho', 'Problemas do próprio arquivo: o cabeçalho (front matter), os comentários ou a codificação.', 'Aviso · Redundancy · linha 1', 'Erro · O arquivo do rascunho', 'Nenhum problema encontrado.', ['Parte 1 de 2: 70/280 u no X', 'Parte 2 de 2: 70/280 u no X']]
  ] as const)('%s', (locale, title, heading, columns, fileName, fileChecks, warning, error, clean, lengths) => {
    const html = pageIn(locale, ...results())
    expect(html.startsWith(`<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>`)).toBe(true)
    expect(html).toContain(`<h1>${heading}</h1>`)
    expect(html).toContain(`<tr>${columns.map((column) => `<th>${column}</th>`).join('')}</tr><tr><td>Redundancy</td><td>No repeats.</td><td>1</td></tr><tr><td>${fileName}</td><td>${fileChecks}</td><td>1</td></tr>`)
    expect(section(html, 'a.txt')).toMatchObject({items: [{kind: 'warning', message: 'Repeated.', rule: warning}], lengths})
    expect(section(html, 'b.txt').body).toContain(`<h2>b.txt <span class="lang" lang="pt">Português</span></h2>`)
    expect(section(html, 'b.txt').body).toContain(`<p class="clean">${clean}</p>`)
    expect(section(html, 'c.txt').items).toEqual([{kind: 'error', message: 'Binary.', rule: error}])
  })
})
