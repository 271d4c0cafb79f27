// The prose the rules read (rules/lib/prose.ts): sentences of words with their offsets,
// without syntax and numbers, words in quotation marks marked as someone else's.
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {proseSentences, quoteChecker, withoutQuotes} from '../../rules/lib/prose.js'
import socialSyntax from '../../src/syntax/social.js'

const processor = unified().use(retextEnglish).use(retextSyntaxUrls).use(socialSyntax)
const treeOf = (text: string) => processor.runSync(processor.parse(text), new VFile(text)) as Root

describe('quotation marks', () => {
  it('blanks what is inside straight, curly, French and German quotes, on one line, keeping every offset', () => {
    const text = 'He said “no way”, "fine", «oui» and „ja“; “not\nclosed” and "open.'
    const blanked = withoutQuotes(text)
    expect(blanked).toBe(`He said ${' '.repeat(8)}, ${' '.repeat(6)}, ${' '.repeat(5)} and ${' '.repeat(4)}; “not\nclosed” and "open.`)
    expect(blanked.length).toBe(text.length)
  })

  it('counts an offset as quoted from the first character after the opening mark to the closing mark', () => {
    const text = 'a “bc” d'
    const inQuote = quoteChecker(text)
    expect([0, 2, 3, 4, 5, 6].map(inQuote)).toEqual([false, false, true, true, true, false])
    expect(quoteChecker('a "bc" d')(3)).toBe(true)
    expect(quoteChecker('a bc d')(3)).toBe(false)
  })
})

describe('sentences', () => {
  it('are lists of words with offsets, without numbers, mentions, hashtags or links, quoted words marked', () => {
    const text = 'We voted 12 to 3.5% today. “No,” said the @mayor #today https://example.org/a.'
    expect(proseSentences(treeOf(text), text).map((sentence) => ({start: sentence.start, end: sentence.end, words: sentence.words, lower: sentence.lower}))).toEqual([
      {
        start: 0,
        end: 26,
        words: [
          {text: 'We', start: 0, end: 2, quoted: false},
          {text: 'voted', start: 3, end: 8, quoted: false},
          {text: 'to', start: 12, end: 14, quoted: false},
          {text: 'today', start: 20, end: 25, quoted: false}
        ],
        lower: ['we', 'voted', 'to', 'today']
      },
      {
        start: 27,
        end: 78,
        words: [
          {text: 'No', start: 28, end: 30, quoted: true},
          {text: 'said', start: 33, end: 37, quoted: false},
          {text: 'the', start: 38, end: 41, quoted: false}
        ],
        lower: ['no', 'said', 'the']
      }
    ])
  })

  it('leave out sentences that have no words', () => {
    const text = '12 to 34. 2026-11-30! We go.'
    expect(proseSentences(treeOf(text), text).map((sentence) => sentence.lower)).toEqual([['to'], ['we', 'go']])
  })

  it('are worked out once per tree', () => {
    const text = 'We go.'
    const tree = treeOf(text)
    const first = proseSentences(tree, text)
    expect(proseSentences(tree, text)).toBe(first)
    expect(proseSentences(treeOf(text), text)).not.toBe(first)
  })
})
