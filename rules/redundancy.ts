// redundancy: no repeated words, phrases, hashtags, links or sentences inside a
// post, and no post that repeats another draft of the run or a post already
// published. Across posts only a MinHash signature of each post is kept.
import type {Root, Sentence, Source, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {loadLexicon, PhraseMatcher} from './lib/lexicon.js'
import {signature, similarPairs} from './lib/minhash.js'
import {proseSentences, type ProseSentence} from './lib/prose.js'
import {withoutSyntax} from './lib/syntax.js'
import {keepSummary, report} from './report.js'
import type {CrossFinding, Language, PostSummary, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'redundancy',
  description: 'No repeated words, redundant phrases, repeated hashtags, links or sentences, and no post that repeats another.',
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Posts should be coherent and avoid redundancy.'
  },
  docs: 'docs/rules/redundancy.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      similarity: {
        type: 'number',
        minimum: 0.5,
        maximum: 1,
        default: 0.85,
        description: 'How alike two posts must be (share of their word 3-grams) to count as the same post.'
      },
      minWords: {type: 'integer', minimum: 3, default: 8, description: 'Posts shorter than this are not compared with other posts.'}
    },
    additionalProperties: false
  },
  defaultOptions: {similarity: 0.85, minWords: 8},
  fixable: true,
  messages: {
    'repeated-word': '“{{word}}” is written twice in a row. Remove one.',
    'redundant-acronym': '“{{actual}}” says it twice: {{reason}}. Write “{{expected}}”.',
    'redundant-phrase': '“{{actual}}” is redundant ({{reason}}). Write “{{expected}}”.',
    'repeated-sentence': 'This sentence repeats the one on line {{line}}. Say it once.',
    'repeated-hashtag': 'The hashtag {{tag}} is already in this post (line {{line}}). Use each hashtag once.',
    'repeated-link': 'This link is already in this post (line {{line}}). One link is enough.',
    'duplicate-post': 'This post is {{how}} {{other}}{{when}}: followers notice repeats. Merge the two, or rewrite or drop this one.',
    'published-before': 'This post is {{how}} a post already published ({{other}}{{when}}). Say something new, or share the earlier post instead.'
  }
}

type Options = {similarity: number; minWords: number}
type Entry = {phrase: string; replace: string[]; reason: string; notBefore?: string[]}
type Lexicon = {phrases: Entry[]; acronyms: Entry[]; repeatable: {word: string}[]}
type Compiled = {phrases: PhraseMatcher<Entry>; acronyms: PhraseMatcher<Entry>; repeatable: Set<string>}
type Summary = {sig: Uint32Array; at: {line: number; column: number}}

const compiled = new Map<Language, Compiled>()
function lexiconFor(lang: Language): Compiled {
  let found = compiled.get(lang)
  if (!found) {
    const data = loadLexicon<Lexicon>(lang, 'redundancy', {phrases: [], acronyms: [], repeatable: []})
    found = {
      phrases: new PhraseMatcher(data.phrases),
      acronyms: new PhraseMatcher(data.acronyms),
      repeatable: new Set(data.repeatable.map(({word}) => word.toLowerCase()))
    }
    compiled.set(lang, found)
  }
  return found
}

// Words for comparing posts: links, handles and hashtags are left out, so a
// re-post with a new link or tag still counts as the same post.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
export function postWords(text: string): string[] {
  return withoutSyntax(text).toLowerCase().match(WORD) ?? []
}

const attacher: RuleAttacher = (raw) => {
  const options = raw as Options
  return (tree, file) => {
    const lang = file.data.post?.lang ?? 'en'
    const text = String(file.value)
    const lexicon = lexiconFor(lang)
    const sentences = proseSentences(tree as Root, text)

    for (const sentence of sentences) {
      repeatedWords(sentence.node, lexicon.repeatable, sentence)
      phrases(sentence, lexicon.acronyms, 'redundant-acronym')
      phrases(sentence, lexicon.phrases, 'redundant-phrase')
    }
    repeatedSentences(sentences)
    repeatedSources(tree as Root)

    const sig = signature(postWords(text), options.minWords)
    const first = sentences[0]?.words[0]
    if (sig && first) keepSummary(file, meta, {sig, at: pointOf(first.start)} satisfies Summary)

    function repeatedWords(node: Sentence, repeatable: Set<string>, prose: ProseSentence) {
      const quoted = new Set(prose.words.filter((word) => word.quoted).map((word) => word.start))
      let previous: Word | undefined
      for (const child of node.children) {
        if (child.type === 'WhiteSpaceNode') continue
        if (child.type !== 'WordNode') {
          previous = undefined
          continue
        }
        const value = toString(child).toLowerCase()
        const start = child.position!.start.offset!
        // "Dee Dee", "Zeta Zeta Lambda": a capitalised pair is a name.
        const repeated =
          previous !== undefined &&
          toString(previous).toLowerCase() === value &&
          !(isTitle(toString(previous)) && isTitle(toString(child))) &&
          !/^\d/u.test(value) &&
          !repeatable.has(value) &&
          !quoted.has(start)
        if (previous && repeated) {
          report(file, meta, {
            messageId: 'repeated-word',
            node: child,
            data: {word: toString(child)},
            fix: {range: [previous.position!.end.offset!, child.position!.end.offset!], text: ''}
          })
        }
        previous = child
      }
    }

    function phrases(sentence: ProseSentence, matcher: PhraseMatcher<Entry>, messageId: string) {
      const words = sentence.words
      for (const [entry, first, last] of matcher.match(sentence.lower)) {
        if (words[first]!.quoted || entry.notBefore?.includes(words[last + 1]?.text.toLowerCase() ?? '')) continue
        // "the New Innovation Center": capitals after the first word make it a name.
        if (words.slice(first + 1, last + 1).some((word) => isTitle(word.text)) && /^\p{Ll}/u.test(entry.phrase.split(' ')[1] ?? '')) continue
        const start = words[first]!.start
        const end = words[last]!.end
        const actual = text.slice(start, end)
        const replacement = entry.replace[0]!
        const expected = /^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement
        report(file, meta, {
          messageId,
          span: {start, end},
          actual,
          expected: [expected],
          data: {actual, expected, reason: entry.reason},
          fix: {range: [start, end], text: expected}
        })
      }
    }

    function repeatedSentences(list: readonly ProseSentence[]) {
      const seen = new Map<string, number>()
      for (const sentence of list) {
        if (sentence.words.length < 4) continue
        const key = sentence.words.map((word) => word.text.toLowerCase()).join(' ')
        const earlier = seen.get(key)
        if (earlier === undefined) seen.set(key, sentence.start)
        else report(file, meta, {messageId: 'repeated-sentence', span: sentence, data: {line: lineOf(earlier)}})
      }
    }

    function repeatedSources(root: Root) {
      const seen = new Map<string, number>()
      const visit = (node: {type: string; children?: unknown[]}) => {
        if (node.type === 'SourceNode') {
          const source = node as Source
          const hashtag = source.value.startsWith('#')
          // Only real links: the URL plugin also takes "H.Res.694" or "Cal." for bare domains.
          if (source.value.startsWith('@') || (!hashtag && !/^(?:https?:\/\/|www\.)/iu.test(source.value))) return
          const key = hashtag ? source.value.toLowerCase() : linkKey(source.value)
          const start = source.position!.start.offset!
          const earlier = seen.get(key)
          if (earlier === undefined) {
            seen.set(key, start)
            return
          }
          const end = source.position!.end.offset!
          // With the spaces before it (walked back, not matched on the text before: linear).
          let from = start
          while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
          report(file, meta, {
            messageId: hashtag ? 'repeated-hashtag' : 'repeated-link',
            node: source,
            data: {tag: source.value, line: lineOf(earlier)},
            fix: {range: [from, end], text: ''}
          })
          return
        }
        node.children?.forEach((child) => visit(child as never))
      }
      visit(root as never)
    }

    function pointOf(offset: number) {
      return file.data.post?.lines.point(offset) ?? {line: 1, column: 1}
    }

    function lineOf(offset: number): number {
      return pointOf(offset).line
    }
  }
}

const isTitle = (word: string) => /^\p{Lu}\p{Ll}/u.test(word)

/** One key for the forms of one link: scheme, "www.", case of the host and a final slash do not matter. */
function linkKey(url: string): string {
  const bare = url.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '').replace(/[/.,;:!?)]+$/u, '')
  const slash = bare.indexOf('/')
  return slash === -1 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash)
}

function compare(posts: PostSummary[], raw: Record<string, unknown>): CrossFinding[] {
  const options = raw as Options
  const summaries = posts.map((post) => post.summary as Summary)
  // Each later post is reported once, against the earlier post most like it; published
  // posts are never reported, so they never look for their own repeats.
  const best = new Map<number, {other: number; value: number}>()
  similarPairs(
    summaries.map((summary) => summary.sig),
    options.similarity,
    (index) => !posts[index]!.published,
    (a, b, value) => {
      const [earlier, later] = comesFirst(posts[a]!, posts[b]!) ? [a, b] : [b, a]
      if (posts[later]!.published) return
      const current = best.get(later)
      if (!current || value > current.value) best.set(later, {other: earlier, value})
    }
  )
  return [...best].map(([later, {other, value}]) => {
    const earlier = posts[other]!
    const how = value === 1 ? 'the same as' : `about ${Math.round(value * 100)}% the same as`
    return {
      post: posts[later]!.index,
      messageId: earlier.published ? 'published-before' : 'duplicate-post',
      data: {how, other: earlier.path, when: earlier.date ? (earlier.published ? `, published ${earlier.date}` : ` (dated ${earlier.date})`) : ''},
      at: summaries[later]!.at
    }
  })
}

/** Published posts came first; then by date where both posts have one; then in run order. */
function comesFirst(a: PostSummary, b: PostSummary): boolean {
  if (a.published !== b.published) return a.published
  if (a.date && b.date && a.date !== b.date) return a.date < b.date
  return a.index < b.index
}

export const rule: RuleModule = {
  meta,
  attacher,
  crossPost: {
    summarizeText: (text, _lang, options) => {
      const sig = signature(postWords(text), (options as Options).minWords)
      return sig && ({sig, at: {line: 1, column: 1}} satisfies Summary)
    },
    compare
  }
}
