// The command line: parses flags, wires config → inputs → engine → formatter,
// and returns the exit code (0 clean, 1 lint errors or too many warnings,
// 2 the run itself failed). Nothing below this module calls process.exit.
import {readFile, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {rules} from '../rules/index.js'
import {chooseColor} from './color.js'
import {createProgress} from './progress.js'
import {didYouMean} from './did-you-mean.js'
import {ConfigError, createConfigResolver, type ConfigResolver, type ResolvedConfig} from './config/load.js'
import {PLATFORMS} from './config/schema.js'
import {LANGUAGES, LOCALES, type Language, type Locale} from './lang/languages.js'
import {resolveLocale} from './lang/locale.js'
import {starterConfig} from './config/starter.js'
import {openCache} from './engine/cache.js'
import {lintSources, type Source} from './engine/run.js'
import {addTotals, formatters, type Totals} from './formatters/index.js'
import {findTargets} from './inputs/find.js'
import {readDraft} from './inputs/read.js'
import {decideLanguage} from './lang/decide.js'
import {parsePost} from './post/parse.js'
import {createIgnoreCheck} from './inputs/ignore.js'
import {fileSink, streamSink, type Sink} from './output.js'
import {toResult, type LintResult} from './results.js'

export type CliIO = {
  cwd: string
  env: NodeJS.ProcessEnv
  stdin: AsyncIterable<Uint8Array | string>
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
}

type Flags = {
  ext: string
  stdin?: boolean
  stdinFilename?: string
  ignorePattern: string[]
  ignore: boolean
  config?: string
  printConfig?: string
  init?: boolean
  rule: string[]
  lang?: Language | 'auto'
  locale?: Locale
  platform?: (typeof PLATFORMS)[number]
  format: string
  outputFile?: string
  quiet?: boolean
  maxWarnings: string
  color?: boolean
  errorOnUnmatchedPattern: boolean
  history?: string
  fix?: boolean
  fixDryRun?: boolean
  explain?: string
  cache?: boolean
  cacheLocation: string
}

const collect = (value: string, previous: string[]) => [...previous, value]

export async function main(argv: string[], io: CliIO): Promise<number> {
  const {version, docsBase} = await packageInfo()
  const program = new Command('parllint')
    .description('Lint draft social media posts against the ParlAmericas guidelines for legislators on social networks.')
    .argument('[paths...]', 'draft files, folders or glob patterns (default: the current folder)')
    .option('--ext <extensions>', 'file extensions to lint in folders, comma-separated', '.txt,.md')
    .option('--stdin', 'lint one draft read from standard input')
    .option('--stdin-filename <name>', 'file name for the standard input draft (for config, ignore rules, output)')
    .option('--explain <rule>', 'print a rule\'s documentation')
    .option('--fix', 'apply the fixes to the drafts, then report what is left')
    .option('--fix-dry-run', 'apply the fixes without saving them (with --stdin: print the fixed draft)')
    .option('--cache', 'lint only drafts that changed since the last run (or whose config changed)')
    .option('--cache-location <file>', 'where --cache keeps its results', '.parllintcache')
    .option('--history <folder>', 'published posts to compare drafts with (repeated posts), overriding the config\'s "history"')
    .option('--ignore-pattern <pattern>', 'ignore files matching this pattern (repeatable)', collect, [])
    .option('--no-ignore', 'lint files even if an ignore rule matches them')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--print-config <file>', 'print the config that applies to a file, as JSON')
    .option('--init', 'write a starter .parllintrc.json in the current folder')
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. plain-language:off (repeatable)', collect, [])
    .addOption(new Option('--lang <lang>', 'language of the drafts (auto: detect each post\'s)').choices(['auto', ...LANGUAGES]))
    .addOption(new Option('--locale <locale>', 'language of parllint\'s messages').choices(LOCALES))
    .addOption(new Option('--platform <platform>', 'platform the drafts are written for').choices(PLATFORMS))
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of the terminal')
    .option('--quiet', 'report errors only, not warnings')
    .option('--max-warnings <number>', 'fail when there are more warnings than this', '-1')
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour the output')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or pattern matches no draft')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })

  try {
    program.parse(argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    throw error
  }
  const flags = program.opts<Flags>()
  const fail = (message: string) => {
    io.stderr.write(`parllint: ${message}\n`)
    return 2
  }

  const maxWarnings = Number(flags.maxWarnings)
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    return fail(`--max-warnings must be a whole number (or -1 for no limit), not "${flags.maxWarnings}".`)
  }
  if (flags.stdin && program.args.length > 0) return fail('Give either --stdin or paths, not both.')

  if (flags.explain !== undefined) {
    const rule = rules.find(({meta}) => meta.id === flags.explain)
    if (!rule) {
      const suggestion = didYouMean(flags.explain, rules.map(({meta}) => meta.id))
      return fail(`No rule "${flags.explain}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Rules: ${rules.map(({meta}) => meta.id).join(', ')}.`)
    }
    io.stdout.write(await readFile(new URL(rule.meta.docs, new URL('../../', import.meta.url)), 'utf8'))
    return 0
  }

  if (flags.init) {
    const target = path.join(io.cwd, '.parllintrc.json')
    if (existsSync(target)) return fail(`${path.relative(io.cwd, target)} already exists; not overwriting it.`)
    await writeFile(target, starterConfig(rules), {flag: 'wx'})
    io.stdout.write(`Wrote ${path.relative(io.cwd, target)}. Describe the account (owner, managedBy: self, staff or mixed) and its positions, then run parllint.\n`)
    return 0
  }

  let resolver
  let locale: Locale
  try {
    resolver = createConfigResolver({
      cwd: io.cwd,
      rules,
      configFile: flags.config,
      overrides: {lang: flags.lang, platform: flags.platform, rules: flags.rule}
    })
    if (flags.config && !existsSync(path.resolve(io.cwd, flags.config))) {
      return fail(`Config file not found: "${flags.config}".`)
    }
    // One locale for the whole run: the flag, else the config that applies to the working folder, else the environment.
    locale = resolveLocale({flag: flags.locale, config: (await resolver.forFile(path.join(io.cwd, 'draft.txt'))).locale, env: io.env})
    if (flags.printConfig) {
      const file = path.resolve(io.cwd, flags.printConfig)
      const config = await resolver.forFile(file)
      io.stdout.write(`${JSON.stringify({...printable(config, io.cwd, locale), ...(await postLanguage(file, config))}, null, 2)}\n`)
      return 0
    }
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }

  const isIgnored = await createIgnoreCheck({
    cwd: io.cwd,
    enabled: flags.ignore,
    cliPatterns: flags.ignorePattern,
    configPatternsFor: async (file) => {
      try {
        const config = await resolver.forFile(file)
        return {base: config.filepath ? path.dirname(config.filepath) : io.cwd, patterns: config.ignorePatterns}
      } catch {
        return {base: io.cwd, patterns: []} // the config error is reported when the file is linted
      }
    }
  })

  if (flags.fix && flags.stdin) return fail('--fix cannot write to standard input: use --fix-dry-run, which prints the fixed draft.')
  const fix = flags.fix ? 'write' : flags.fixDryRun ? 'dry-run' : undefined
  // With --stdin --fix-dry-run the fixed draft is the output, so the report goes to standard error.
  const printFixed = flags.stdin === true && fix === 'dry-run'

  let sources: Source[]
  let missing: string[] = []
  if (flags.stdin) {
    const chunks: Uint8Array[] = []
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    const name = flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : '<text>'
    sources = [{path: name, explicit: flags.stdinFilename !== undefined, bytes: Buffer.concat(chunks)}]
  } else {
    const extensions = extensionsOf(flags.ext)
    const found = await findTargets({cwd: io.cwd, patterns: program.args, extensions, isIgnored})
    sources = found.targets
    missing = found.missing
    if (sources.length === 0 && missing.length === 0 && flags.errorOnUnmatchedPattern) {
      missing.push(`No drafts (${extensions.join(', ')}) found in ${program.args.join(', ') || 'the current folder'}.`)
    }
  }

  let history
  try {
    history = await historyFiles(flags.history, resolver, io.cwd, extensionsOf(flags.ext))
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
  if (typeof history === 'string') return fail(history)

  const cache = flags.cache ? openCache(path.resolve(io.cwd, flags.cacheLocation), version) : undefined

  const toFile = flags.outputFile !== undefined
  const color = chooseColor({flag: toFile ? false : flags.color, env: io.env, isTTY: Boolean(io.stdout.isTTY)})
  const ruleInfo = rules.map(({meta}) => ({id: meta.id, description: meta.description, docs: new URL(meta.docs, docsBase).href}))
  const report = formatters[flags.format]!({cwd: io.cwd, color, canFix: true, version, rules: ruleInfo})
  let sink: Sink
  try {
    sink = toFile ? await fileSink(path.resolve(io.cwd, flags.outputFile!)) : streamSink(printFixed ? io.stderr : io.stdout)
  } catch (error) {
    return fail(`Cannot write the report to "${flags.outputFile}": ${(error as Error).message}`)
  }
  // Exit codes count every problem; --quiet only hides warnings from the report.
  const counted: Totals = {errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
  const shown: Totals = {...counted}
  const progress = createProgress({total: sources.length, stream: io.stderr, env: io.env})
  const outcome = await lintSources(sources, {
    rules,
    resolver,
    isIgnored,
    cwd: io.cwd,
    history,
    fix,
    cache,
    onProgress: progress.tick,
    withSource: flags.format === 'html',
    locale,
    onResult: async (result) => {
      if (printFixed) io.stdout.write(result.output ?? new TextDecoder().decode(sources[0]?.bytes).replace(/^\uFEFF/u, ''))
      addTotals(counted, result)
      const visible = flags.quiet ? errorsOnly(result) : result
      addTotals(shown, visible)
      await sink.write(report.file(visible))
    }
  })
  progress.done()
  await sink.write(report.end(shown))
  await sink.close()
  const cacheProblem = cache?.save()
  if (cacheProblem) io.stderr.write(`parllint: ${cacheProblem}\n`)

  const problems = flags.errorOnUnmatchedPattern ? missing : []
  for (const line of [...problems, ...outcome.errors]) io.stderr.write(`parllint: ${line}\n`)
  const tooManyWarnings = maxWarnings >= 0 && counted.warningCount > maxWarnings
  if (tooManyWarnings) io.stderr.write(`parllint found too many warnings (maximum: ${maxWarnings}).\n`)
  if (outcome.failed || problems.length > 0) return 2
  return counted.errorCount > 0 || tooManyWarnings ? 1 : 0
}

function extensionsOf(list: string): string[] {
  return list.split(',').map((ext) => ext.trim()).filter(Boolean).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))
}

/** The published posts named by --history, or by the config of the current folder; an error message when the folder is missing. */
async function historyFiles(flag: string | undefined, resolver: ConfigResolver, cwd: string, extensions: string[]) {
  const config = await resolver.forFile(path.join(cwd, 'draft.txt'))
  const folder = flag === undefined ? config.history : path.resolve(cwd, flag)
  if (folder === undefined) return undefined
  if (!existsSync(folder)) return `History folder not found: "${path.relative(cwd, folder) || folder}".`
  const found = await findTargets({cwd, patterns: [folder], extensions, isIgnored: async () => false})
  return {files: found.targets.map((target) => target.path), config}
}

function errorsOnly(result: LintResult): LintResult {
  // The draft's text and length go along: the html report shows the post beside its errors.
  const shown = result.source === undefined ? undefined : {source: result.source, length: result.length, notPosted: result.notPosted}
  return toResult(result.filePath, result.messages.filter((message) => message.severity === 2), undefined, shown)
}

function printable(config: ResolvedConfig, cwd: string, locale: Locale) {
  const names = ['off', 'warn', 'error'] as const
  return {
    configFile: config.filepath ? path.relative(cwd, config.filepath) : null,
    lang: config.lang,
    languages: config.languages,
    locale,
    platform: config.platform ?? null,
    account: config.account ?? {},
    values: config.values ?? {},
    rules: Object.fromEntries(Object.entries(config.rules).map(([id, setting]) => [id, [names[setting.severity], setting.options]])),
    ignorePatterns: config.ignorePatterns
  }
}

/** For --print-config FILE on a draft that exists: the language its post is checked in, and how that was decided. */
async function postLanguage(file: string, config: ResolvedConfig) {
  const content = existsSync(file) ? readDraft(file) : undefined
  if (!content?.ok) return {}
  const post = await parsePost(content.text, /\.(?:md|markdown|mdx)$/iu.test(file) ? 'markdown' : 'text', {platforms: PLATFORMS, ruleIds: rules.map(({meta}) => meta.id)})
  const {decision} = await decideLanguage(post.prose, post.frontMatter.lang, config)
  return {post: {lang: decision.code, langSource: decision.source}}
}

async function packageInfo(): Promise<{version: string; docsBase: string}> {
  const root = new URL('../../', import.meta.url)
  const manifest = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {version: string; homepage?: string}
  // Rule docs: on the project's site when the package names one, else the copy installed with it.
  return {version: manifest.version, docsBase: manifest.homepage ? `${manifest.homepage.replace(/\/$/u, '')}/blob/main/` : root.href}
}
