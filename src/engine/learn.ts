// What rules learn from the office's published posts (config history) and its
// opponents' (config opponents). Read once per run and config, and only when the
// config names opponents: a run without them reads nothing more. A post or row
// that cannot be read is reported with its file (and line) and skipped. With
// --cache, what was learned is kept, keyed by the content of every post it was
// learned from, so a pre-commit run does not learn it again.
import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {LearningHooks, PostLanguage, PublishedPost, RuleModule} from '../../rules/types.js'
import type {ResolvedConfig} from '../config/load.js'
import {PLATFORMS} from '../config/schema.js'
import {isExport, readExport} from '../inputs/exports.js'
import {findTargets} from '../inputs/find.js'
import {readDraft} from '../inputs/read.js'
import {decideLanguage} from '../lang/decide.js'
import {postLanguage, type Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {parsePost} from '../post/parse.js'
import type {openModelCache} from './model-cache.js'
import {TEXTS} from './texts.js'

/** The rules' models for one config, and a key that changes whenever any of them could. */
export type Learned = {models: Record<string, unknown>; key: string}

type Unread = {text: string; declared?: string}
type Side = 'history' | 'opponents'

const MARKDOWN = /\.(?:md|markdown|mdx)$/iu

export function createLearning(
  rules: readonly RuleModule[],
  options: {
    cwd: string
    /** Extensions of post files in a folder. */
    extensions: readonly string[]
    /** The office's own posts for every config (--history), instead of each config's `history`. */
    history?: string
    cache?: ReturnType<typeof openModelCache>
    /** parllint's version: a new one may learn differently. */
    version: string
    /** Told each post or file that could not be read, in `locale` (default English). */
    onProblem: (message: string) => void
    locale?: Locale
  }
) {
  const locale = options.locale ?? 'en'
  const byConfig = new WeakMap<ResolvedConfig, Promise<Learned | undefined>>()
  const ruleIds = rules.map((rule) => rule.meta.id)

  async function learn(config: ResolvedConfig): Promise<Learned | undefined> {
    const enabled = learnersOf(rules, config)
    if (!config.opponents?.length || enabled.length === 0) return undefined
    const own = await readSide('history', options.history ?? config.history)
    if (own.length === 0) options.onProblem(TEXTS.noHistory[locale])
    const opponents = (await Promise.all(config.opponents.map((location) => readSide('opponents', location)))).flat()
    const hash = createHash('sha1').update(JSON.stringify([options.version, config.lang, config.languages, config.values ?? null, enabled.map((rule) => [rule.meta.id, config.rules[rule.meta.id]!.options])]))
    for (const [side, posts] of [
      ['history', own],
      ['opponents', opponents]
    ] as const) {
      hash.update(`\u0000${side}:${posts.length}`)
      for (const post of posts) hash.update(`\u0000${post.declared ?? ''}\u0000${post.text}`)
    }
    const key = hash.digest('hex')
    const cached = options.cache?.get(key)
    if (cached) return {models: cached, key}
    const models = learnModels(enabled, config, {own: await withLanguages(own, config), opponents: await withLanguages(opponents, config)})
    options.cache?.set(key, models)
    return {models, key}
  }

  async function readSide(side: Side, location: string | undefined): Promise<Unread[]> {
    if (location === undefined) return []
    const name = path.relative(options.cwd, location) || location
    const skipped = (where: string, problem: string) => options.onProblem(fill(side === 'history' ? TEXTS.historySkipped : TEXTS.opponentsSkipped, {where, problem}, locale))
    if (!existsSync(location)) {
      options.onProblem(fill(side === 'history' ? TEXTS.historyNotFound : TEXTS.opponentsNotFound, {name}, locale))
      return []
    }
    if (isExport(location)) {
      const {rows, problems} = await readExport(location, {locale})
      const file = path.basename(location)
      for (const problem of problems) skipped(problem.line ? fill(TEXTS.fileLine, {file, line: problem.line}, locale) : file, `${problem.message}.`)
      return rows.map((row) => ({text: row.text, ...(row.lang ? {declared: row.lang} : {})}))
    }
    const found = await findTargets({cwd: options.cwd, patterns: [location], extensions: [...options.extensions], isIgnored: async () => false, locale})
    const posts: Unread[] = []
    for (const {path: file} of found.targets) {
      const content = readDraft(file, {locale})
      if (!content.ok) {
        skipped(path.basename(file), content.reason)
        continue
      }
      const post = await parsePost(content.text, MARKDOWN.test(file) ? 'markdown' : 'text', {platforms: PLATFORMS, ruleIds, locale})
      posts.push({text: post.prose, ...(post.frontMatter.lang ? {declared: post.frontMatter.lang} : {})})
    }
    return posts
  }

  return {
    /** What the rules learned for this config: undefined when it names no opponents. Learned once per config. */
    for(config: ResolvedConfig): Promise<Learned | undefined> {
      let found = byConfig.get(config)
      if (!found) {
        found = learn(config)
        byConfig.set(config, found)
      }
      return found
    }
  }
}

/** The rules that learn and are on in this config. */
export function learnersOf(rules: readonly RuleModule[], config: ResolvedConfig): RuleModule[] {
  return rules.filter((rule) => rule.learning && (config.rules[rule.meta.id]?.severity ?? 0) > 0)
}

/** Each rule's model, learned from posts whose language is known. */
export function learnModels(rules: readonly RuleModule[], config: ResolvedConfig, sides: Parameters<LearningHooks['learn']>[0]): Record<string, unknown> {
  return Object.fromEntries(
    learnersOf(rules, config).map((rule) => [rule.meta.id, rule.learning!.learn(sides, {values: config.values, options: config.rules[rule.meta.id]!.options})])
  )
}

/** Each post's language: declared (front matter, an export's `lang`), else fixed by the config, else detected. */
async function withLanguages(posts: readonly Unread[], config: ResolvedConfig): Promise<PublishedPost[]> {
  const result: PublishedPost[] = []
  for (const post of posts) {
    let lang: PostLanguage
    if (post.declared) lang = postLanguage(post.declared.split(/[-_]/u)[0]!.toLowerCase())
    else if (config.lang !== 'auto') lang = config.lang
    else lang = (await decideLanguage(post.text, undefined, config)).lang
    result.push({text: post.text, lang})
  }
  return result
}
