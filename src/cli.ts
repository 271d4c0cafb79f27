// The command line: parses flags, wires config → inputs → engine → formatter,
// and returns the exit code (0 clean, 1 lint errors or too many warnings,
// 2 the run itself failed). Nothing below this module calls process.exit.
import {readFile, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Command, CommanderError, Option} from 'commander'
import {rules} from '../rules/index.js'
import {commanderError, localeFlag} from './cli-errors.js'
import {chooseColor} from './color.js'
import {createProgress} from './progress.js'
import {suggestion} from './did-you-mean.js'
import {ConfigError, createConfigResolver, type ConfigResolver, type ResolvedConfig} from './config/load.js'
import {PLATFORMS} from './config/schema.js'
import {starterConfig} from './config/starter.js'
import {openCache} from './engine/cache.js'
import {createLearning, learnersOf} from './engine/learn.js'
import {modelCacheLocation, openModelCache} from './engine/model-cache.js'
import {lintSources, type Source} from './engine/run.js'
import {addTotals, formatters, type Totals} from './formatters/index.js'
import {inWords} from './fs-errors.js'
import {findTargets} from './inputs/find.js'
import {createIgnoreCheck} from './inputs/ignore.js'
import {readDraft} from './inputs/read.js'
import {decideLanguage} from './lang/decide.js'
import {LANGUAGES, LOCALES, type Language, type Locale, type Translated} from './lang/languages.js'
import {resolveLocale} from './lang/locale.js'
import {fill, type MessageData} from './lang/messages.js'
import {MAX_DRAFT_BYTES, tooBig} from './limits.js'
import {fileSink, streamSink, type Sink} from './output.js'
import type {FrontMatter} from './post/front-matter.js'
import {parsePost} from './post/parse.js'
import {toResult, type LintResult} from './results.js'
import {TEXTS} from './texts.js'

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
  explainValues?: string
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
  lsp?: boolean
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
    .option('--explain-values <file>', 'print, per position, the words learned from the office\'s and its opponents\' posts, for the config of a file, as JSON')
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
    .option('--lsp', 'run as a language server on standard input and output, for editors')
    // Language clients add these when they start a server.
    .addOption(new Option('--stdio').hideHelp())
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Said below, in the user's locale.
      outputError: () => undefined
    })

  // The locale of the run: --locale, else the config's (once it is read), else the environment.
  // Until the config is read (and when it cannot be), the flag or the environment speaks.
  let locale = resolveLocale({flag: localeFlag(argv), env: io.env})
  const say = (template: Translated, data?: MessageData) => fill(template, data, locale)
  try {
    program.parse(argv, {from: 'user'})
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.exitCode !== 0) io.stderr.write(`${commanderError(error, locale)}\n`)
    return error.exitCode === 0 ? 0 : 2
  }
  const flags = program.opts<Flags>()
  const fail = (message: string) => {
    io.stderr.write(`parllint: ${message}\n`)
    return 2
  }

  if (flags.lsp) {
    // Loaded only for editors: an ordinary run does not pay for the server's modules. The protocol needs the real streams.
    const {startServer} = await import('./lsp/server.js')
    const {config, lang, platform, rule: ruleFlags, locale} = flags
    return startServer({cwd: io.cwd, env: io.env, configFile: config && path.resolve(io.cwd, config), lang, platform, rules: ruleFlags, locale, input: process.stdin, output: process.stdout})
  }

  const maxWarnings = Number(flags.maxWarnings)
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    return fail(say(TEXTS.maxWarnings, {value: flags.maxWarnings}))
  }
  if (flags.stdin && program.args.length > 0) return fail(say(TEXTS.stdinAndPaths))
  if (flags.stdinFilename !== undefined && !flags.stdin) return fail(say(TEXTS.stdinFilename))

  if (flags.explain !== undefined) {
    const rule = rules.find(({meta}) => meta.id === flags.explain)
    if (!rule) {
      const ids = rules.map(({meta}) => meta.id)
      return fail(say(TEXTS.noRule, {rule: flags.explain, suggestion: suggestion(flags.explain, ids, locale), rules: ids.join(', ')}))
    }
    io.stdout.write(await readFile(new URL(rule.meta.docs, new URL('../../', import.meta.url)), 'utf8'))
    return 0
  }

  if (flags.init) {
    const target = path.join(io.cwd, '.parllintrc.json')
    const file = path.relative(io.cwd, target)
    if (existsSync(target)) return fail(say(TEXTS.configExists, {file}))
    try {
      await writeFile(target, starterConfig(rules, schemaPath(io.cwd)), {flag: 'wx'})
    } catch (error) {
      return fail(say(TEXTS.cannotWrite, {file, why: inWords(error, locale)}))
    }
    io.stdout.write(`${say(TEXTS.configWritten, {file})}\n`)
    return 0
  }

  let resolver
  try {
    resolver = createConfigResolver({
      cwd: io.cwd,
      rules,
      configFile: flags.config,
      overrides: {lang: flags.lang, platform: flags.platform, rules: flags.rule}
    })
    if (flags.config && !existsSync(path.resolve(io.cwd, flags.config))) {
      return fail(say(TEXTS.configNotFound, {file: flags.config}))
    }
    // One locale for the whole run: the flag, else the config that applies to the working folder, else the environment.
    locale = resolveLocale({flag: flags.locale, config: (await resolver.forFile(path.join(io.cwd, 'draft.txt'))).locale, env: io.env})
    if (flags.printConfig) {
      const file = path.resolve(io.cwd, flags.printConfig)
      const config = await resolver.forFile(file)
      // The draft's own front matter has the last word, as when it is linted; and its language is decided as then.
      const draft = readDraft(file, {locale})
      const post = draft.ok ? await parsePost(draft.text, /\.(?:md|markdown|mdx)$/iu.test(file) ? 'markdown' : 'text', {platforms: PLATFORMS, ruleIds: rules.map(({meta}) => meta.id), locale}) : undefined
      const language = post && (await decideLanguage(post.prose, post.frontMatter.lang, config)).decision
      const printed = {...printable(config, post?.frontMatter ?? {}, io.cwd, locale), ...(language ? {post: {lang: language.code, langSource: language.source}} : {})}
      io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`)
      return 0
    }
    if (flags.explainValues) {
      const config = await resolver.forFile(path.resolve(io.cwd, flags.explainValues))
      if (!config.opponents?.length) return fail(say(TEXTS.noOpponents))
      const history = flags.history === undefined ? {} : {history: path.resolve(io.cwd, flags.history)}
      const learning = createLearning(rules, {cwd: io.cwd, extensions: extensionsOf(flags.ext), version, locale, ...history, onProblem: (line) => io.stderr.write(`parllint: ${line}\n`)})
      const learned = await learning.for(config)
      const explained = Object.fromEntries(learnersOf(rules, config).map((rule) => [rule.meta.id, rule.learning!.explain(learned?.models[rule.meta.id], {values: config.values, options: config.rules[rule.meta.id]!.options})]))
      io.stdout.write(`${JSON.stringify(explained, null, 2)}\n`)
      return 0
    }
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.texts[locale])
    throw error
  }

  // Problems that do not stop the run but make its exit code 2, said once it is over.
  const problems: string[] = []
  const isIgnored = await createIgnoreCheck({
    cwd: io.cwd,
    onProblem: (message) => problems.push(message),
    enabled: flags.ignore,
    cliPatterns: flags.ignorePattern,
    locale,
    configPatternsFor: async (file) => {
      try {
        const config = await resolver.forFile(file)
        return {base: config.filepath ? path.dirname(config.filepath) : io.cwd, patterns: config.ignorePatterns}
      } catch {
        return {base: io.cwd, patterns: []} // the config error is reported when the file is linted
      }
    }
  })

  if (flags.fix && flags.fixDryRun) return fail(say(TEXTS.fixAndDryRun))
  if (flags.fix && flags.stdin) return fail(say(TEXTS.fixStdin))
  const fix = flags.fix ? 'write' : flags.fixDryRun ? 'dry-run' : undefined
  // With --stdin --fix-dry-run the fixed draft is the output, so the report goes to standard error.
  const printFixed = flags.stdin === true && fix === 'dry-run'

  let sources: Source[]
  let missing: string[] = []
  if (flags.stdin) {
    // Past the size limit the rest is counted, not kept: the draft is reported, not linted.
    const chunks: Uint8Array[] = []
    let size = 0
    for await (const chunk of io.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.length
      if (size <= MAX_DRAFT_BYTES) chunks.push(bytes)
    }
    const name = flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : '<text>'
    const explicit = flags.stdinFilename !== undefined
    sources = [size > MAX_DRAFT_BYTES ? {path: name, explicit, problem: tooBig(size, locale)} : {path: name, explicit, bytes: Buffer.concat(chunks)}]
  } else {
    const extensions = extensionsOf(flags.ext)
    const found = await findTargets({cwd: io.cwd, patterns: program.args, extensions, isIgnored, locale})
    sources = found.targets
    missing = found.missing
    if (sources.length === 0 && missing.length === 0 && flags.errorOnUnmatchedPattern) {
      const wanted = {extensions: extensions.join(', '), paths: program.args.join(', ')}
      missing.push(say(program.args.length > 0 ? TEXTS.noDraftsIn : TEXTS.noDraftsHere, wanted))
    }
  }

  let history
  try {
    history = await historySets(flags.history, resolver, io.cwd, extensionsOf(flags.ext), sources, locale)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.texts[locale])
    throw error
  }
  if (typeof history === 'string') return fail(history)

  const cache = flags.cache ? openCache(path.resolve(io.cwd, flags.cacheLocation), version) : undefined
  const modelCache = flags.cache ? openModelCache(modelCacheLocation(path.resolve(io.cwd, flags.cacheLocation)), version) : undefined

  const toFile = flags.outputFile !== undefined
  const color = chooseColor({flag: toFile ? false : flags.color, env: io.env, isTTY: Boolean(io.stdout.isTTY)})
  const ruleInfo = rules.map(({meta}) => ({id: meta.id, name: meta.name[locale], description: meta.description[locale], docs: new URL(meta.docs, docsBase).href}))
  const report = formatters[flags.format]!({cwd: io.cwd, color, canFix: true, version, rules: ruleInfo, locale})
  let sink: Sink
  try {
    sink = toFile ? await fileSink(path.resolve(io.cwd, flags.outputFile!)) : streamSink(printFixed ? io.stderr : io.stdout)
  } catch (error) {
    return fail(say(TEXTS.reportNotWritten, {file: flags.outputFile!, why: inWords(error, locale)}))
  }
  // Exit codes count every problem; --quiet only hides warnings from the report.
  const counted: Totals = {errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
  const shown: Totals = {...counted}
  const progress = createProgress({total: sources.length, stream: io.stderr, env: io.env, locale})
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
    learning: {extensions: extensionsOf(flags.ext), version, cache: modelCache, ...(flags.history === undefined ? {} : {history: path.resolve(io.cwd, flags.history)})},
    onResult: async (result) => {
      if (printFixed) io.stdout.write(result.output ?? new TextDecoder().decode(sources[0]?.bytes).replace(/^\uFEFF/u, ''))
      // The notice on an ignored file is a warning in the report, never a reason to fail (lint-staged, pre-commit).
      if (!result.ignored) addTotals(counted, result)
      const visible = flags.quiet ? errorsOnly(result) : result
      addTotals(shown, visible)
      await sink.write(report.file(visible))
    }
  })
  progress.done()
  await sink.write(report.end(shown))
  const reportFailure = await sink.close()
  if (flags.errorOnUnmatchedPattern) problems.push(...missing)
  if (reportFailure) problems.push(say(TEXTS.reportNotWritten, {file: flags.outputFile!, why: inWords(reportFailure, locale)}))
  for (const cacheProblem of [cache?.save(locale), modelCache?.save(locale)]) if (cacheProblem) problems.push(cacheProblem)

  for (const line of [...problems, ...outcome.errors]) io.stderr.write(`parllint: ${line}\n`)
  const tooManyWarnings = maxWarnings >= 0 && counted.warningCount > maxWarnings
  if (tooManyWarnings) io.stderr.write(`${say(TEXTS.tooManyWarnings, {max: maxWarnings})}\n`)
  if (outcome.failed || problems.length > 0) return 2
  return counted.errorCount > 0 || tooManyWarnings ? 1 : 0
}

function extensionsOf(list: string): string[] {
  return list.split(',').map((ext) => ext.trim()).filter(Boolean).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))
}

/**
 * The published posts to compare drafts with: the folder --history names, else the history
 * folder of every config that applies to a draft of the run (one per member's folder, say).
 * An error message when a folder is missing.
 */
async function historySets(flag: string | undefined, resolver: ConfigResolver, cwd: string, extensions: string[], sources: readonly Source[], locale: Locale) {
  const folders = new Map<string, ResolvedConfig>()
  if (flag !== undefined) folders.set(path.resolve(cwd, flag), await resolver.forFile(path.join(cwd, 'draft.txt')))
  else {
    // Configs are found per folder, so this costs one look-up per folder of drafts.
    for (const directory of new Set([cwd, ...sources.map((source) => path.dirname(path.resolve(cwd, source.path)))])) {
      const config = await resolver.forFile(path.join(directory, 'draft.txt')).catch((error: unknown) => {
        if (error instanceof ConfigError) return undefined // reported when its drafts are linted
        throw error
      })
      if (config?.history && !folders.has(config.history)) folders.set(config.history, config)
    }
  }
  const sets = []
  for (const [folder, config] of folders) {
    if (!existsSync(folder)) return fill(TEXTS.historyNotFound, {folder: path.relative(cwd, folder) || folder}, locale)
    const found = await findTargets({cwd, patterns: [folder], extensions, isIgnored: async () => false, locale})
    sets.push({files: found.targets, config})
  }
  return sets
}

/** The result with its warnings left out; what reports show of the draft stays. */
function errorsOnly(result: LintResult): LintResult {
  const {filePath, messages, output, source, lengths, notPosted, ignored} = result
  return toResult(filePath, messages.filter((message) => message.severity === 2), output, {source, lengths, notPosted, ignored})
}

function printable(config: ResolvedConfig, frontMatter: FrontMatter, cwd: string, locale: Locale) {
  const names = ['off', 'warn', 'error'] as const
  const disabled = new Set(frontMatter.disable ?? [])
  return {
    configFile: config.filepath ? path.relative(cwd, config.filepath) : null,
    lang: frontMatter.lang ?? config.lang,
    languages: config.languages,
    locale,
    platform: frontMatter.platform ?? config.platform ?? null,
    account: config.account ?? {},
    values: config.values ?? {},
    rules: Object.fromEntries(Object.entries(config.rules).map(([id, setting]) => [id, [names[disabled.has(id) ? 0 : setting.severity], setting.options]])),
    ignorePatterns: config.ignorePatterns
  }
}

/**
 * The schema of the parllint that runs, as a path from `folder`: the project's own install
 * (node_modules/parllint) when it has one, else wherever this parllint is (a clone, a global install).
 */
function schemaPath(folder: string): string {
  const installed = './node_modules/parllint/schema/parllintrc.schema.json'
  if (existsSync(path.join(folder, installed))) return installed
  const own = path.relative(folder, fileURLToPath(new URL('../../schema/parllintrc.schema.json', import.meta.url))).split(path.sep).join('/')
  return own.startsWith('.') ? own : `./${own}`
}

async function packageInfo(): Promise<{version: string; docsBase: string}> {
  const root = new URL('../../', import.meta.url)
  const manifest = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {version: string; homepage?: string}
  // Rule docs: on the project's site when the package names one, else the copy installed with it.
  return {version: manifest.version, docsBase: manifest.homepage ? `${manifest.homepage.replace(/\/$/u, '')}/blob/main/` : root.href}
}
