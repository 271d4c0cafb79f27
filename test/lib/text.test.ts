// The one normalisation and tokenizer (rules/lib/text.ts): words as lexicons compare them,
// with where each stands in the text, and phrases split the same way.
import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/gendered-abuse.js'
import {fold, phraseTokens, textWords, textWordSpans} from '../../rules/lib/text.js'
import {ruleTester} from '../helpers/rule-tester.js'

describe('fold', () => {
  it('takes the accents off a word made only of accented letters, as off one inside a phrase', () => {
    // pt "é" (is): alone or in "ela é", the same folded word, or a copula phrase would never meet the word.
    expect(fold('é')).toBe('e')
    expect(fold('À')).toBe('a')
    expect(phraseTokens('Ela é', true)).toEqual(['ela', fold('é')])
  })
})

// Through a rule: the lexicon's phrase is folded whole, the post's words one by one.
ruleTester(rule, {
  valid: [{name: 'pt: “é uma mulher completa” is praise, not the stereotype', text: 'A deputada é uma mulher completa: médica, mãe e legisladora.', lang: 'pt'}],
  invalid: [
    {
      name: 'pt: “não é mulher completa”, whose “é” is folded alone in the post',
      text: 'Essa deputada não é mulher completa.',
      lang: 'pt',
      errors: [
        {
          messageId: 'stereotype',
          message: '“não é mulher completa” is a sexist stereotype (the claim that a woman is not a real woman). Would you say it of a man? Answer her argument instead.',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 36,
          severity: 1
        }
      ]
    }
  ]
})

describe('phraseTokens', () => {
  it('has no empty token for spaces at either end or between words', () => {
    expect(phraseTokens('  à l’effet  de ')).toEqual(['à', "l'effet", 'de'])
    expect(phraseTokens(' Histérica ', true)).toEqual(['histerica'])
  })
})

describe('textWords and textWordSpans', () => {
  it('finds no word in a text without letters or digits', () => {
    expect(textWords('🎉 !!! — ...')).toEqual([])
    expect(textWordSpans('🎉 !!!')).toEqual([])
  })

  it('gives each word normalised, with its raw text and where it starts and ends', () => {
    const text = 'Bravo, l’équipe pro‑vie !'
    expect(textWords(text)).toEqual(['bravo', "l'équipe", 'pro-vie'])
    expect(textWordSpans(text)).toEqual([
      {word: 'bravo', start: 0, end: 5, raw: 'Bravo'},
      {word: "l'équipe", start: 7, end: 15, raw: 'l’équipe'},
      {word: 'pro-vie', start: 16, end: 23, raw: 'pro‑vie'}
    ])
    for (const span of textWordSpans(text)) expect(text.slice(span.start, span.end)).toBe(span.raw)
  })
})
