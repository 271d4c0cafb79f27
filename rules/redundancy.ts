// redundancy: no repeated words, phrases, hashtags, links or sentences inside a
// post, and no post that repeats another draft of the run or a post already
// published. Across posts only a MinHash signature of each post is kept.
import type {Root, Sentence, Source, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {loadLexicon, PhraseMatcher} from './lib/lexicon.js'
import {signature, similarPairs} from './lib/minhash.js'
import {lexiconPattern} from './lib/patterns.js'
import {proseSentences, type ProseSentence, withoutQuotes} from './lib/prose.js'
import {withoutSyntax} from './lib/syntax.js'
import {fold, textWordSpans} from './lib/text.js'
import {keepSummary, report} from './report.js'
import type {CrossFinding, PostLanguage, PostSummary, RuleAttacher, RuleMeta, RuleModule, Translated} from './types.js'

export const meta: RuleMeta = {
  id: 'redundancy',
  name: {en: 'Redundancy', es: 'Redundancia', fr: 'Redondance', pt: 'Redundância'},
  description: {
    en: 'No repeated words, redundant phrases, repeated hashtags, links or sentences, and no post that repeats another.',
    es: 'Sin palabras repetidas ni expresiones redundantes, sin hashtags, enlaces u oraciones repetidos, y ninguna publicación que repita otra.',
    fr: 'Pas de mots répétés ni d’expressions redondantes, pas de mots-dièse, de liens ou de phrases en double, et aucune publication qui en répète une autre.',
    pt: 'Sem palavras repetidas nem expressões redundantes, sem hashtags, links ou frases repetidos, e nenhuma publicação que repita outra.'
  },
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
    'repeated-word': {
      en: '“{{word}}” is written twice in a row. Remove one.',
      es: '«{{word}}» aparece dos veces seguidas. Quite una.',
      fr: '«\u00a0{{word}}\u00a0» est écrit deux fois de suite. Supprimez-en un.',
      pt: '“{{word}}” aparece duas vezes seguidas. Retire uma.'
    },
    'redundant-acronym': {
      en: '“{{actual}}” says it twice: {{reason}}. Write “{{expected}}”.',
      es: '«{{actual}}» lo dice dos veces: {{reason}}. Escriba «{{expected}}».',
      fr: '«\u00a0{{actual}}\u00a0» le dit deux fois : {{reason}}. Écrivez «\u00a0{{expected}}\u00a0».',
      pt: '“{{actual}}” diz a mesma coisa duas vezes: {{reason}}. Escreva “{{expected}}”.'
    },
    'redundant-phrase': {
      en: '“{{actual}}” is redundant ({{reason}}). Write “{{expected}}”.',
      es: '«{{actual}}» es redundante ({{reason}}). Escriba «{{expected}}».',
      fr: '«\u00a0{{actual}}\u00a0» est un pléonasme ({{reason}}). Écrivez «\u00a0{{expected}}\u00a0».',
      pt: '“{{actual}}” é redundante ({{reason}}). Escreva “{{expected}}”.'
    },
    'repeated-sentence': {
      en: 'This sentence repeats the one on line {{line}}. Say it once.',
      es: 'Esta oración repite la de la línea {{line}}. Dígalo una sola vez.',
      fr: 'Cette phrase répète celle de la ligne {{line}}. Dites-le une seule fois.',
      pt: 'Esta frase repete a da linha {{line}}. Diga isso uma vez só.'
    },
    'repeated-hashtag': {
      en: 'The hashtag {{tag}} is already in this post (line {{line}}). Use each hashtag once.',
      es: 'El hashtag {{tag}} ya está en esta publicación (línea {{line}}). Use cada hashtag una sola vez.',
      fr: 'Le mot-dièse {{tag}} figure déjà dans cette publication (ligne {{line}}). Employez chaque mot-dièse une seule fois.',
      pt: 'A hashtag {{tag}} já está nesta publicação (linha {{line}}). Use cada hashtag uma vez só.'
    },
    'repeated-link': {
      en: 'This link is already in this post (line {{line}}). One link is enough.',
      es: 'Este enlace ya está en esta publicación (línea {{line}}). Basta con un enlace.',
      fr: 'Ce lien figure déjà dans cette publication (ligne {{line}}). Un seul lien suffit.',
      pt: 'Este link já está nesta publicação (linha {{line}}). Um link basta.'
    },
    'duplicate-post': {
      en: 'This post is {{how}} {{other}}{{when}}: followers notice repeats. Merge the two, or rewrite or drop this one.',
      es: 'Esta publicación es {{how}} {{other}}{{when}}: los seguidores notan las repeticiones. Fusione las dos, o reescriba o descarte esta.',
      fr: 'Cette publication est {{how}} {{other}}{{when}} : les abonnés remarquent les répétitions. Fusionnez les deux, ou réécrivez ou abandonnez celle-ci.',
      pt: 'Esta publicação é {{how}} {{other}}{{when}}: os seguidores percebem repetições. Junte as duas, ou reescreva ou descarte esta.'
    },
    'published-before': {
      en: 'This post is {{how}} a post already published ({{other}}{{when}}). Say something new, or share the earlier post instead.',
      es: 'Esta publicación es {{how}} una publicación ya publicada ({{other}}{{when}}). Diga algo nuevo, o comparta la publicación anterior.',
      fr: 'Cette publication est {{how}} une publication déjà parue ({{other}}{{when}}). Dites quelque chose de nouveau, ou partagez plutôt la publication précédente.',
      pt: 'Esta publicação é {{how}} uma publicação já publicada ({{other}}{{when}}). Diga algo novo, ou compartilhe a publicação anterior.'
    }
  },
  fragments: {
    same: {en: 'the same as', es: 'igual a', fr: 'identique à', pt: 'igual a'},
    similar: {en: 'about {{percent}}% the same as', es: 'casi igual ({{percent}}\u00a0%) a', fr: 'presque identique ({{percent}}\u00a0%) à', pt: 'quase igual ({{percent}}%) a'},
    dated: {en: ' (dated {{date}})', es: ' (con fecha {{date}})', fr: ' (datée du {{date}})', pt: ' (com data de {{date}})'},
    published: {en: ', published {{date}}', es: ', publicada el {{date}}', fr: ', parue le {{date}}', pt: ', publicada em {{date}}'}
  }
}

type Options = {similarity: number; minWords: number}
type Entry = {phrase: string; replace: string[]; reason: string; notBefore?: string[]; removeWord?: string}
type Pattern = {pattern: string; removeWord: string; reason: string}
type Lexicon = {reasons: Record<string, Translated>; phrases: Entry[]; acronyms: Entry[]; repeatable: {word: string}[]; patterns?: Pattern[]}
type Compiled = {
  phrases: PhraseMatcher<Entry>
  acronyms: PhraseMatcher<Entry>
  repeatable: Set<string>
  /** Pleonasms a phrase cannot list ("há dois anos atrás"): the fix deletes only `removeWord`. */
  patterns: {regex: RegExp; removeWord: string; reason: Translated}[]
  reason: (key: string) => Translated
}
type Summary = {sig: Uint32Array; at: {line: number; column: number}}

const compiled = new Map<PostLanguage, Compiled>()
function lexiconFor(lang: PostLanguage): Compiled {
  let found = compiled.get(lang)
  if (!found) {
    const data = loadLexicon<Lexicon>(lang, 'redundancy', {reasons: {}, phrases: [], acronyms: [], repeatable: []})
    const reason = (key: string) => {
      const text = data.reasons[key]
      if (!text) throw new Error(`redundancy.json (${lang}) has no reason "${key}"`)
      return text
    }
    found = {
      phrases: new PhraseMatcher(data.phrases),
      acronyms: new PhraseMatcher(data.acronyms),
      repeatable: new Set(data.repeatable.map(({word}) => word.toLowerCase())),
      patterns: (data.patterns ?? []).map((entry) => ({regex: lexiconPattern(entry.pattern, true), removeWord: entry.removeWord, reason: reason(entry.reason)})),
      reason
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
    const lang = file.data.post?.lang ?? 'und'
    const text = String(file.value)
    const lexicon = lexiconFor(lang)
    const sentences = proseSentences(tree as Root, text)

    const reported: [number, number][] = []
    for (const sentence of sentences) {
      repeatedWords(sentence.node, lexicon.repeatable, sentence)
      phrases(sentence, lexicon.acronyms, 'redundant-acronym')
      phrases(sentence, lexicon.phrases, 'redundant-phrase')
    }
    patterns()
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
        const removeWord = entry.removeWord
        if (removeWord) {
          // Words the matcher skips (numbers: "há 10 anos atrás") stay; only the redundant word goes.
          // Folded: a post typed without accents ("há 10 anos atras") matched the phrase too.
          const word = words.slice(first, last + 1).find((candidate) => fold(candidate.text) === fold(removeWord))
          if (word) reportPleonasm(start, end, word.start, word.end, lexicon.reason(entry.reason))
          continue
        }
        const replacement = entry.replace[0]!
        const expected = /^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement
        reported.push([start, end])
        report(file, meta, {
          messageId,
          span: {start, end},
          actual,
          expected: [expected],
          data: {actual, expected, reason: lexicon.reason(entry.reason)},
          fix: {range: [start, end], text: expected}
        })
      }
    }

    function patterns() {
      const searched = withoutQuotes(text)
      for (const {regex, removeWord, reason} of lexicon.patterns) {
        regex.lastIndex = 0
        for (let match = regex.exec(searched); match; match = regex.exec(searched)) {
          const start = match.index
          const end = start + match[0].length
          // The pattern accepts the word with or without its accent ("atr[áa]s"); find it as a word, folded.
          const word = textWordSpans(match[0]).findLast((span) => fold(span.raw) === fold(removeWord))
          if (!word || reported.some(([from, to]) => start < to && end > from)) continue
          reportPleonasm(start, end, start + word.start, start + word.end, reason)
        }
      }
    }

    /** A pleonasm fixed by deleting one word (and the space before it). */
    function reportPleonasm(start: number, end: number, wordStart: number, wordEnd: number, reason: Translated) {
      const from = wordStart - (text.slice(0, wordStart).match(/[ \t]*$/u)?.[0].length ?? 0)
      const actual = text.slice(start, end)
      const expected = text.slice(start, from) + text.slice(wordEnd, end)
      reported.push([start, end])
      report(file, meta, {
        messageId: 'redundant-phrase',
        span: {start, end},
        actual,
        expected: [expected],
        data: {actual, expected, reason},
        fix: {range: [from, wordEnd], text: ''}
      })
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
          // The URL plugin takes a bracket that closes around a link as part of it: the fix keeps it.
          const end = source.position!.end.offset! - (!hashtag && source.value.endsWith(')') && !source.value.includes('(') ? 1 : 0)
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
    const how = value === 1 ? {fragment: 'same'} : {fragment: 'similar', data: {percent: Math.round(value * 100)}}
    const when = earlier.date ? {fragment: earlier.published ? 'published' : 'dated', data: {date: earlier.date}} : ''
    return {
      post: posts[later]!.index,
      messageId: earlier.published ? 'published-before' : 'duplicate-post',
      data: {how, other: earlier.path, when},
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
