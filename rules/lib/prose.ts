// The prose of a post as rules see it: sentences of words with their offsets,
// leaving out what is syntax (URLs, mentions, hashtags, emoji) and numbers,
// and marking words inside quotation marks, which are someone else's words.
import type {Root, Sentence} from 'nlcst'
import {fold, normalize} from './text.js'
import {partitionPoint} from './search.js'

export type Word = {text: string; start: number; end: number; quoted: boolean}
export type ProseSentence = {
  node: Sentence
  start: number
  end: number
  words: Word[]
  /** The words normalised (rules/lib/text.ts), for phrase matchers. */
  lower: string[]
  /** The words normalised and without accents, for lexicons matched that way. */
  folded: string[]
}

const NUMBER = /^[\d.,:%/-]+$/u
const QUOTED = /“[^”\n]*”|"[^"\n]*"|«[^»\n]*»|„[^“\n]*“/gu

/** The text with what is inside quotation marks blanked: someone else's words. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, (quote) => ' '.repeat(quote.length))
}

// Several rules read the same post: its quotes and sentences are worked out once.
let lastQuotes: {text: string; check: (offset: number) => boolean} | undefined
// One slot, not a WeakMap: posts are linted one at a time, and a WeakMap keyed by
// short-lived trees made V8 promote each post's sentences to the old generation
// (measured: the heap grew to 100 MB over 10,000 posts instead of staying at 30 MB).
let lastSentences: {tree: Root; sentences: ProseSentence[]} | undefined

/** Whether an offset falls inside quotation marks, for a given text. */
export function quoteChecker(text: string): (offset: number) => boolean {
  if (lastQuotes?.text === text) return lastQuotes.check
  // Quotes come in order and do not overlap: a binary search finds the one that may hold an offset.
  const starts: number[] = []
  const ends: number[] = []
  QUOTED.lastIndex = 0
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text)) {
    starts.push(match.index)
    ends.push(match.index + match[0].length)
  }
  const check = (offset: number) => {
    const next = partitionPoint(starts.length, (index) => starts[index]! < offset)
    return next > 0 && offset < ends[next - 1]!
  }
  lastQuotes = {text, check}
  return check
}

/** The post's sentences, computed once per tree and shared by the rules (read-only). */
export function proseSentences(tree: Root, text: string): readonly ProseSentence[] {
  if (lastSentences?.tree !== tree) lastSentences = {tree, sentences: collectSentences(tree, text)}
  return lastSentences.sentences
}

function collectSentences(tree: Root, text: string): ProseSentence[] {
  const inQuote = quoteChecker(text)

  const sentences: ProseSentence[] = []
  const visit = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'SentenceNode') {
      const sentence = node as Sentence
      const words: Word[] = []
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const start = child.position?.start.offset
        const end = child.position?.end.offset
        if (start === undefined || end === undefined) continue
        // The parser's nodes hold the text's own characters, so the slice is the word.
        const value = text.slice(start, end)
        if (!NUMBER.test(value)) words.push({text: value, start, end, quoted: inQuote(start)})
      }
      const start = sentence.position?.start.offset ?? 0
      const lower = words.map((word) => normalize(word.text))
      sentences.push({node: sentence, start, end: sentence.position?.end.offset ?? start, words, lower, folded: lower.map(fold)})
      return
    }
    node.children?.forEach((child) => visit(child as never))
  }
  visit(tree as never)
  return sentences.filter((sentence) => sentence.words.length > 0)
}
