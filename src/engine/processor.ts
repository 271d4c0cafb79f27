// One frozen unified processor per distinct (language, rule settings), built
// once and reused for every post: building one per file is the classic slow path.
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified, type Processor} from 'unified'
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {localeOf} from '../../rules/report.js'
import type {RuleModule} from '../../rules/types.js'
import {PARSERS, type PostLanguage} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import type {RuleSetting} from '../config/load.js'
import {LineIndex} from '../post/lines.js'
import socialSyntax from '../syntax/social.js'
import {TEXTS} from './texts.js'

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
        const message = file.message(fill(TEXTS.ruleFailed, {rule: rule.meta.id, detail}, localeOf(file)), {
          ruleId: rule.meta.id,
          source: 'parllint'
        })
        message.fatal = true
      }
    }
  }
}

// The parser's merge steps splice arrays of sentences and words, which is quadratic in what it
// is given: a post longer than this is parsed in pieces of at most this many characters. This
// also bounds a sentence, so what rules do per sentence stays linear in the post.
const PIECE = 4096

/**
 * The post's tree. A long post is parsed piece by piece, cut at a blank line where there is
 * one, else a line break, else a space (never inside a word: words are shorter than a piece),
 * and the pieces' paragraphs put together with their positions moved to the whole text.
 * Near a cut inside a paragraph, sentences may be split differently; posts this long are rare.
 */
export function parseProse(processor: PostProcessor, text: string): Root {
  if (text.length <= PIECE) return processor.parse(text)
  const lines = new LineIndex(text)
  const root: Root = {type: 'RootNode', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: {...lines.point(text.length), offset: text.length}}}
  for (let start = 0; start < text.length; ) {
    const end = cutBefore(text, start, Math.min(text.length, start + PIECE))
    const piece = processor.parse(text.slice(start, end))
    // A stack, not recursion; every position moved by the piece's offset, lines counted on the whole text.
    // The parser shares a point between a node and its first or last child: each is moved once.
    const stack: Node[] = [...piece.children]
    const moved = new Set<object>()
    for (let node = stack.pop(); node; node = stack.pop()) {
      for (const point of node.position ? [node.position.start, node.position.end] : []) {
        if (moved.has(point)) continue
        moved.add(point)
        const offset = (point.offset ?? 0) + start
        Object.assign(point, lines.point(offset), {offset})
      }
      if ('children' in node) stack.push(...(node.children as Node[]))
    }
    root.children.push(...piece.children)
    start = end
  }
  return root
}

/** Where to end a piece that may run to `limit`: after its last blank line, else line break, else space. */
function cutBefore(text: string, start: number, limit: number): number {
  if (limit === text.length) return limit
  const window = text.slice(start, limit)
  for (const pattern of [/\n[ \t]*\r?\n/gu, /[\r\n]/gu, /\s/gu]) {
    let last = -1
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length
    if (last > 0) return start + last
  }
  return limit
}
