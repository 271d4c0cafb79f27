// End-to-end: the built CLI run as a child process, as users and CI run it.
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {entrySum} from '../src/engine/cache.js'
import {runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const fixtures = fileURLToPath(new URL('../fixtures/cli', import.meta.url))
const cli = (args: string[], options: {input?: string | Buffer; env?: Record<string, string>; cwd?: string} = {}) =>
  runCli(args, {cwd: options.cwd ?? fixtures, input: options.input, env: options.env})

const WORDY = [
  '',
  'wordy.txt',
  '  1:9  warning  “utilize” is not plain language: write “use” instead  plain-language',
  '',
  '✖ 1 problem (0 errors, 1 warning)',
  '  0 errors and 1 warning potentially fixable with the `--fix` option.',
  ''
].join('\n')

describe('exit codes and output', () => {
  it('prints nothing and exits 0 for a clean draft', () => {
    expect(cli(['clean.txt'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('exits 0 with warnings, printed in stylish layout', () => {
    expect(cli(['wordy.txt'])).toEqual({code: 0, stdout: WORDY, stderr: ''})
  })

  it('exits 1 when a rule set to error fires', () => {
    const run = cli(['wordy.txt', '--rule', 'plain-language:error'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('  1:9  error  “utilize”')
  })

  it('exits 1 with too many warnings, counted before --quiet hides them', () => {
    expect(cli(['wordy.txt', '--max-warnings', '0', '--quiet'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'parllint found too many warnings (maximum: 0).\n'
    })
    expect(cli(['wordy.txt', '--max-warnings', '1']).code).toBe(0)
  })

  it('exits 2 for an unknown flag or a bad flag value, in one line', () => {
    expect(cli(['--bogus'])).toEqual({code: 2, stdout: '', stderr: "error: unknown option '--bogus'\n"})
    const format = cli(['--format', 'xml', 'clean.txt'])
    expect(format.code).toBe(2)
    expect(format.stderr).toBe("error: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, compact, sarif, github, junit, html.\n")
    expect(cli(['--max-warnings', 'many', 'clean.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: --max-warnings must be a whole number (or -1 for no limit), not "many".\n'
    })
  })

  it('prints its version and help with exit 0', () => {
    expect(cli(['--version'])).toMatchObject({code: 0, stdout: '0.1.0\n'})
    const help = cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: parllint [options] [paths...]')
  })
})

describe('inputs', () => {
  it('walks folders, reports binary and non-UTF-8 files and a missing path, and still lints the rest', () => {
    const run = cli(['folder', 'missing.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('parllint: No such file or folder: "missing.txt".\n')
    expect(run.stdout).toBe(
      [
        '',
        'folder/image.txt',
        '  0:0  error  This file is binary, not a text draft: parllint lints .txt and .md drafts only',
        '',
        'folder/latin1.txt',
        '  0:0  error  This file is not UTF-8 text (byte 0xE9 on line 1). Save it with UTF-8 encoding and run parllint again',
        '',
        'folder/nested/two.md',
        '  1:9  warning  “utilize” is not plain language: write “use” instead  plain-language',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        ''
      ].join('\n')
    )
  })

  it('reports a post the word splitter cannot parse, and still lints the next one', () => {
    const root = makeTree({'a.txt': '://www.example.com/news/a', 'b.txt': 'We will utilize it.'})
    const run = cli(['a.txt', 'b.txt'], {cwd: root})
    expect(run.code).toBe(1)
    // The parser's own error text is its business: only parllint's words are pinned.
    expect(run.stdout).toMatch(/^a\.txt\n {2}1:1 {2}error {2}parllint could not split this post into sentences and words \(.+\)\. Please report this bug with the post$/mu)
    expect(run.stdout).toContain('b.txt\n  1:9  warning  “utilize” is not plain language')
  })

  it('expands globs, and fails on a pattern that matches nothing', () => {
    expect(cli(['folder/**/*.md'])).toMatchObject({code: 0, stdout: expect.stringContaining('folder/nested/two.md')})
    expect(cli(['nothing/**/*.txt', 'clean.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: No files match the pattern "nothing/**/*.txt".\n'
    })
    expect(cli(['nothing/**/*.txt', '--no-error-on-unmatched-pattern']).code).toBe(0)
  })

  it('keeps line and column right with a BOM, CRLF, front matter and directives', () => {
    expect(cli(['crlf-bom-front-matter.txt', '-f', 'compact']).stdout).toBe(
      [
        'crlf-bom-front-matter.txt: line 3, col 1, Warning - Unknown front matter key "mood" (ignored). Known keys: platform, lang, author, reply, disable, kind, date, scheduled, media.',
        'crlf-bom-front-matter.txt: line 8, col 9, Warning - “utilize” is not plain language: write “use” instead. (plain-language)',
        '',
        '2 problems',
        ''
      ].join('\n')
    )
  })

  it('lints only the prose of Markdown and reports unused directives', () => {
    expect(cli(['markdown.md', '-f', 'compact']).stdout).toBe(
      [
        'markdown.md: line 3, col 63, Warning - “utilize” is not plain language: write “use” instead. (plain-language)',
        'markdown.md: line 8, col 1, Warning - Unused parllint-disable comment (no problems were reported from plain-language). Remove it.',
        '',
        '2 problems',
        ''
      ].join('\n')
    )
  })

  it('lints a draft from standard input, named or not', () => {
    expect(cli(['--stdin', '-f', 'compact'], {input: 'We will utilize it.'}).stdout).toBe(
      '<text>: line 1, col 9, Warning - “utilize” is not plain language: write “use” instead. (plain-language)\n\n1 problem\n'
    )
    const named = cli(['--stdin', '--stdin-filename', 'post.md', '-f', 'json'], {input: 'We will `utilize` it.'})
    expect(JSON.parse(named.stdout)).toEqual([expect.objectContaining({filePath: path.join(fixtures, 'post.md'), messages: []})])
  })

  it('rejects non-UTF-8 input on stdin with exit 2', () => {
    const run = cli(['--stdin', '-f', 'compact'], {input: Buffer.from('Caf\xe9', 'latin1')})
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('<text>: line 0, col 0, Error - This file is not UTF-8 text (byte 0xE9 on line 1).')
  })

  it('warns, without failing, on an ignored file named explicitly (as pre-commit passes them)', () => {
    const root = makeTree({'.parllintignore': 'archive/\n', 'archive/old.txt': 'We will utilize it.\n'})
    expect(cli(['archive/old.txt'], {cwd: root})).toEqual({
      code: 0,
      stdout: [
        '',
        'archive/old.txt',
        '  0:0  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        ''
      ].join('\n'),
      stderr: ''
    })
    expect(cli(['archive/old.txt', '--no-ignore', '-f', 'compact'], {cwd: root}).stdout).toContain('“utilize”')
    expect(cli(['.', '--ignore-pattern', 'archive'], {cwd: root}).code).toBe(2) // nothing left to lint
  })
})

describe('config', () => {
  it('names the file, the key, the value and what is allowed; other configs still apply', () => {
    const run = cli(['bad-config', 'wordy.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'parllint: Invalid config in bad-config/.parllintrc.json: "rules.plain-language[1].maxGrade" is "ten"; expected a number.\n'
    )
    expect(run.stdout).toBe(WORDY)
  })

  it('reports a config that is not valid JSON without a stack trace', () => {
    const root = makeTree({'.parllintrc.json': '{"lang": "en",\n', 'a.txt': 'Hi.\n'})
    expect(cli(['a.txt'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: Cannot read config .parllintrc.json: Expected double-quoted property name at line 2, column 1.\n'
    })
  })

  it('reads YAML configs, with or without an extension, and reports one that does not parse', () => {
    const draft = 'We will utilize it.\n'
    const found = 'a.txt: line 1, col 9, Error - “utilize” is not plain language: write “use” instead. (plain-language)'
    for (const name of ['.parllintrc', '.parllintrc.yaml']) {
      const root = makeTree({[name]: 'rules:\n  plain-language: error\n', 'a.txt': draft})
      expect(cli(['a.txt', '-f', 'compact'], {cwd: root})).toMatchObject({code: 1, stdout: expect.stringContaining(found)})
    }
    const root = makeTree({'.parllintrc.yaml': 'rules: [\n', 'a.txt': draft})
    expect(cli(['a.txt'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: Cannot read config .parllintrc.yaml: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1.\n'
    })
  })

  it('reports an unknown rule with a suggestion', () => {
    const root = makeTree({'.parllintrc.yml': 'rules:\n  plain-langauge: warn\n', 'a.txt': 'Hi.\n'})
    expect(cli(['a.txt'], {cwd: root}).stderr).toBe(
      'parllint: Invalid config in .parllintrc.yml: "rules.plain-langauge" is not a known rule. Did you mean "plain-language"? Allowed: language, plain-language, platform-limits, redundancy, value-coherence, manager-disclosure, gendered-abuse, diplomatic-tone, troll-engagement.\n'
    )
  })

  it('uses --config for every file and fails on a missing one', () => {
    const root = makeTree({'strict.json': '{"rules": {"plain-language": "error"}}', 'a.txt': 'We will utilize it.\n'})
    expect(cli(['-c', 'strict.json', 'a.txt'], {cwd: root}).code).toBe(1)
    expect(cli(['-c', 'nope.json', 'a.txt'], {cwd: root})).toEqual({code: 2, stdout: '', stderr: 'parllint: Config file not found: "nope.json".\n'})
  })

  it('prints the resolved config for a file', () => {
    const root = makeTree({'.parllintrc.json': '{"lang": "es", "ignorePatterns": ["old/**"]}'})
    const run = cli(['--print-config', 'post.txt', '--platform', 'bluesky'], {cwd: root})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      configFile: '.parllintrc.json',
      lang: 'es',
      languages: ['en', 'es', 'fr', 'pt'],
      locale: 'en',
      platform: 'bluesky',
      account: {},
      values: {},
      rules: {
        language: ['warn', {}],
        'plain-language': ['warn', {passive: false, shouting: true, accept: []}],
        'platform-limits': ['error', {threadSeparator: '---', mastodon: {maxCharacters: 500, urlLength: 23}, hashtagCase: true}],
        redundancy: ['warn', {similarity: 0.85, minWords: 8}],
        'value-coherence': ['warn', {sentiment: true}],
        'manager-disclosure': ['error', {}],
        'gendered-abuse': ['error', {allow: [], quotedSlurs: true}],
        'diplomatic-tone': ['warn', {allPosts: false}],
        'troll-engagement': ['warn', {}]
      },
      ignorePatterns: ['old/**']
    })
  })

  it('writes a starter config that validates, and refuses to overwrite it', () => {
    const root = makeTree({'a.txt': 'Hi.\n'})
    expect(cli(['--init'], {cwd: root})).toMatchObject({code: 0})
    expect(existsSync(path.join(root, '.parllintrc.json'))).toBe(true)
    expect(cli(['a.txt'], {cwd: root}).code).toBe(0)
    expect(cli(['--init'], {cwd: root})).toEqual({code: 2, stdout: '', stderr: 'parllint: .parllintrc.json already exists; not overwriting it.\n'})
  })
})

describe('formats and output', () => {
  it('writes json in ESLint’s shape', () => {
    const [result] = JSON.parse(cli(['wordy.txt', '-f', 'json']).stdout)
    expect(result).toEqual({
      filePath: path.join(fixtures, 'wordy.txt'),
      lang: 'en',
      messages: [
        {
          ruleId: 'plain-language',
          messageId: 'simplify',
          severity: 1,
          message: '“utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          fix: {range: [8, 15], text: 'use'},
          suggestions: [{desc: 'Replace “utilize” with “use”.', fix: {range: [8, 15], text: 'use'}}]
        }
      ],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      usedDeprecatedRules: []
    })
  })

  it('writes the report to --output-file, creating its folder', () => {
    const root = makeTree({'a.txt': 'We will utilize it.\n'})
    const run = cli(['a.txt', '-o', 'reports/out.txt'], {cwd: root})
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(path.join(root, 'reports/out.txt'), 'utf8')).toContain('a.txt\n  1:9  warning')
  })

  it('colours only when asked or on a terminal, never under NO_COLOR', () => {
    expect(cli(['wordy.txt']).stdout).not.toContain('\u001b[')
    expect(cli(['wordy.txt', '--color']).stdout).toContain('\u001b[')
    expect(cli(['wordy.txt', '--color', '--no-color']).stdout).not.toContain('\u001b[')
  })

  it('writes no colour to a report file even with --color', () => {
    const root = makeTree({'a.txt': 'We will utilize it.\n'})
    cli(['a.txt', '--color', '-o', 'out.txt'], {cwd: root})
    expect(readFileSync(path.join(root, 'out.txt'), 'utf8')).not.toContain('\u001b[')
  })

  it('with --quiet, the html report still shows each draft, with its errors only', () => {
    const root = makeTree({'a.txt': '---\nplatform: x\n---\nThe senator is a bitch and we will utilize it.\n'})
    const run = cli(['a.txt', '--quiet', '-f', 'html'], {cwd: root})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '<div class="gauge" title="46/280 weighted characters on X"><span style="width:16%"></span></div><p class="length">46/280 weighted characters on X</p><div class="post">The senator is a <mark class="error" data-problem="1">bitch</mark> and we will utilize it.</div>'
    )
    expect(run.stdout).not.toContain('utilize” is not plain language')
  })
})

describe('the README example', () => {
  it('lints the bundled example draft', () => {
    const run = runCli(['fixtures/examples/draft.txt'], {cwd: fileURLToPath(new URL('..', import.meta.url))})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('fixtures/examples/draft.txt\n')
    expect(run.stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings\)/)
  })
})


describe('across posts', () => {
  const root = fileURLToPath(new URL('../fixtures/redundancy', import.meta.url))
  // A MinHash estimate: the exact 3-gram Jaccard of the two posts is 0.95.
  const reminder =
    '  4:1  warning  This post is about 96% the same as drafts/town-hall.txt (dated 2026-03-02): followers notice repeats. Merge the two, or rewrite or drop this one  redundancy'

  it('reports a draft that repeats an earlier one on the later one, by date, and respects a post’s own disable', () => {
    const run = cli(['drafts'], {cwd: root})
    expect(run).toMatchObject({code: 0, stderr: ''})
    expect(run.stdout).toBe(['', 'drafts/a-reminder.txt', reminder, '', '✖ 1 problem (0 errors, 1 warning)', ''].join('\n'))
  })

  it('compares drafts with the published posts of --history', () => {
    const run = cli(['drafts', '--history', 'published', '-f', 'compact'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'drafts/nurses.txt: line 1, col 1, Warning - This post is the same as a post already published (published/2026-01-10-nurses.txt, published 2026-01-10). Say something new, or share the earlier post instead. (redundancy)'
    )
  })

  it('fails with exit 2 on a missing history folder', () => {
    expect(cli(['drafts', '--history', 'nowhere'], {cwd: root})).toMatchObject({code: 2, stderr: 'parllint: History folder not found: "nowhere".\n'})
  })
})

describe('positions across posts', () => {
  it('warns on each of two drafts that take opposite stances on a declared position, naming the other', () => {
    const root = fileURLToPath(new URL('../fixtures/value-coherence', import.meta.url))
    const run = cli(['.', '-f', 'compact'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        'monday.txt: line 1, col 56, Warning - This post reads as opposing the mine expansion, but tuesday.txt reads as supporting it: the posts of this run say two things. Align them before they go out. (value-coherence)',
        'tuesday.txt: line 1, col 33, Warning - This sentence reads as supporting the mine expansion (“approved the new mine”), but the office has declared that it opposes the mine expansion. Make sure the post says what the member means. (value-coherence)',
        'tuesday.txt: line 1, col 33, Warning - This post reads as supporting the mine expansion, but monday.txt reads as opposing it: the posts of this run say two things. Align them before they go out. (value-coherence)',
        '',
        '3 problems',
        ''
      ].join('\n')
    )
  })
})

describe('--fix', () => {
  const draft = 'We will will vote on the end result today. #Vote #vote\n'
  const fixedDraft = 'We will vote on the result today. #Vote\n'

  it('writes the fixes, reports what is left, and a second run changes nothing', () => {
    const root = makeTree({'draft.txt': draft, 'clean.txt': 'We passed the bill today.\n'})
    const before = statSync(path.join(root, 'clean.txt')).mtimeMs
    const first = cli(['draft.txt', 'clean.txt', '--fix', '-f', 'json'], {cwd: root})
    expect(first.code).toBe(0)
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe(fixedDraft)
    const [result] = JSON.parse(first.stdout)
    expect(result).toMatchObject({output: fixedDraft, errorCount: 0, warningCount: 0})
    expect(statSync(path.join(root, 'clean.txt')).mtimeMs).toBe(before)
    const second = cli(['draft.txt', '--fix', '-f', 'json'], {cwd: root})
    expect(JSON.parse(second.stdout)[0].output).toBeUndefined()
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe(fixedDraft)
  })

  it('says how many problems --fix can fix', () => {
    const root = makeTree({'draft.txt': draft})
    expect(cli(['draft.txt'], {cwd: root}).stdout).toContain('0 errors and 3 warnings potentially fixable with the `--fix` option.')
  })

  it('leaves the draft intact when the fixed text cannot be written, and exits 2', () => {
    const root = makeTree({'draft.txt': draft, '.draft.txt.parllint-fix': 'another run'})
    const run = cli(['draft.txt', '--fix'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('The fixes were not written, and the draft is unchanged: another parllint is fixing it (.draft.txt.parllint-fix exists)')
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe(draft)
  })

  it('--fix-dry-run reports the fixed text without writing it, and prints it for standard input', () => {
    const root = makeTree({'draft.txt': draft})
    const dry = cli(['draft.txt', '--fix-dry-run', '-f', 'json'], {cwd: root})
    expect(JSON.parse(dry.stdout)[0].output).toBe(fixedDraft)
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe(draft)
    const piped = cli(['--stdin', '--fix-dry-run'], {cwd: root, input: draft})
    expect(piped).toMatchObject({code: 0, stdout: fixedDraft, stderr: ''})
    expect(cli(['--stdin', '--fix'], {cwd: root, input: draft})).toMatchObject({
      code: 2,
      stderr: 'parllint: --fix cannot write to standard input: use --fix-dry-run, which prints the fixed draft.\n'
    })
  })
})

describe('--explain', () => {
  it('prints a rule’s documentation, or suggests the closest rule', () => {
    const run = cli(['--explain', 'redundancy'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(readFileSync(new URL('../docs/rules/redundancy.md', import.meta.url), 'utf8'))
    expect(cli(['--explain', 'redundancey'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^parllint: No rule "redundancey"\. Did you mean "redundancy"\? Rules: language, plain-language, /u)
    })
  })
})

describe('--cache', () => {
  const post = 'Join us this Saturday at the town hall to talk about the new school budget and what it means for families.\n'

  it('reuses the results of unchanged drafts, invalidates them when the config changes, and still compares every draft', () => {
    const root = makeTree({'a.txt': 'We will utilize it.\n', 'b.txt': post, 'c.txt': post})
    const first = cli(['.', '--cache', '-f', 'compact'], {cwd: root})
    expect(first.stdout).toContain('a.txt: line 1, col 9, Warning - “utilize” is not plain language')
    expect(first.stdout).toContain('c.txt: line 1, col 1, Warning - This post is the same as b.txt')
    // Proof that the second run reads the cache: a marker planted in it comes back.
    const cacheFile = path.join(root, '.parllintcache')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    const entry = cache.entries['a.txt']
    entry.messages[0].message = 'from the cache'
    entry.sum = entrySum(entry) // an entry changed without its checksum is set aside
    writeFileSync(cacheFile, JSON.stringify(cache))
    const second = cli(['.', '--cache', '-f', 'compact'], {cwd: root})
    expect(second.stdout).toContain('a.txt: line 1, col 9, Warning - from the cache')
    expect(second.stdout).toContain('c.txt: line 1, col 1, Warning - This post is the same as b.txt')
    // A config change is a different key: the draft is linted again.
    writeFileSync(path.join(root, '.parllintrc.json'), '{"rules": {"plain-language": "error"}}')
    const third = cli(['.', '--cache', '-f', 'compact'], {cwd: root})
    expect(third.stdout).toContain('a.txt: line 1, col 9, Error - “utilize” is not plain language')
  })

  it('keeps its file where --cache-location says, and says so when it cannot', () => {
    const root = makeTree({'a.txt': 'Fine.\n'})
    expect(cli(['a.txt', '--cache', '--cache-location', 'missing/lint-cache.json'], {cwd: root})).toMatchObject({
      code: 2,
      stderr: 'parllint: The cache was not saved (the folder does not exist); the next run lints every draft again.\n'
    })
    cli(['a.txt', '--cache', '--cache-location', 'lint-cache.json'], {cwd: root})
    expect(existsSync(path.join(root, 'lint-cache.json'))).toBe(true)
  })
})
