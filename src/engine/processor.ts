// One frozen unified processor per distinct (language, rule settings), built
// once and reused for every post: building one per file is the classic slow path.
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified, type Processor} from 'unified'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {RuleModule} from '../../rules/types.js'
import {PARSERS, type PostLanguage} from '../lang/languages.js'
import type {RuleSetting} from '../config/load.js'
import socialSyntax from '../syntax/social.js'

export type PostProcessor = Processor<Root, Root, Root>

export function createProcessorCache(rules: readonly RuleModule[]) {
  const cache = new Map<string, PostProcessor>()
  // Configs are resolved once per folder, so the key of a settings object is worked out once, not per post.
  const keys = new WeakMap<Record<string, RuleSetting>, {enabled: RuleModule[]; key: string}>()
  return {
    async get(lang: PostLanguage, settings: Record<string, RuleSetting>): Promise<PostProcessor> {
      let known = keys.get(settings)
      if (!known) {
        const enabled = rules.filter((rule) => (settings[rule.meta.id]?.severity ?? 0) > 0)
        known = {enabled, key: JSON.stringify(enabled.map((rule) => [rule.meta.id, settings[rule.meta.id]!.options]))}
        keys.set(settings, known)
      }
      const key = `${lang}:${known.key}`
      let processor = cache.get(key)
      if (!processor) {
        processor = build(await parserFor(lang), known.enabled, settings)
        cache.set(key, processor)
      }
      return processor
    },
    get size() {
      return cache.size
    }
  }
}

// Parsers load on first use, so an English-only run never loads the Latin one.
async function parserFor(lang: PostLanguage) {
  return PARSERS[lang] === 'english' ? (await import('retext-english')).default : (await import('retext-latin')).default
}

function build(parser: Awaited<ReturnType<typeof parserFor>>, enabled: RuleModule[], settings: Record<string, RuleSetting>): PostProcessor {
  const processor = unified()
    .use(parser)
    .use(retextSyntaxUrls)
    .use(socialSyntax) as unknown as Processor<Root, Root, Root>
  for (const rule of enabled) processor.use(guarded(rule), settings[rule.meta.id]!.options)
  return processor.freeze() as PostProcessor
}

// A rule that throws on one post becomes a fatal message on that post, not a crash of the run.
function guarded(rule: RuleModule) {
  return function (options: Record<string, unknown>) {
    const transform = rule.attacher(options)
    return async (tree: Root, file: VFile) => {
      try {
        await transform(tree, file)
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        const message = file.message(`Rule ${rule.meta.id} failed on this post: ${detail}. Please report this bug.`, {
          ruleId: rule.meta.id,
          source: 'parllint'
        })
        message.fatal = true
      }
    }
  }
}
