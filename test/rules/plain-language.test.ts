import {rule} from '../../rules/plain-language.js'
import {ruleTester} from '../helpers/rule-tester.js'

const hard =
  'The comprehensive intergovernmental infrastructure modernization initiative necessitates unprecedented interdepartmental coordination.'

ruleTester(rule, {
  valid: [
    'We passed the bill today. Thank you to everyone who called our office.',
    {name: 'hashtags are not words', text: 'Proud to #utilize every tool we have.'},
    {name: 'mentions are not words', text: 'Thanks @utilize for the visit.'},
    {name: 'URLs are not words', text: 'Read more at https://example.gov/utilize today.'},
    {name: 'accepted phrases', text: 'We will utilize the fund.', options: {accept: ['utilize']}},
    {name: 'not English: English word lists do not apply', text: 'Vamos a utilize el fondo.', lang: 'es'},
    {
      name: 'a higher grade target',
      text: 'The committee will review the proposed amendments to the transportation appropriations legislation next week.',
      options: {maxGrade: 20}
    }
  ],
  invalid: [
    {
      text: 'We will utilize the new funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          suggestions: [{desc: 'Replace “utilize” with “use”.', fix: {range: [8, 15], text: 'use'}}]
        }
      ]
    },
    {
      name: 'keeps the capital letter in the suggestion',
      text: 'Utilize the funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“Utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 1,
          suggestions: [{desc: 'Replace “Utilize” with “Use”.', fix: {range: [0, 7], text: 'Use'}}]
        }
      ]
    },
    {
      name: 'a phrase that can simply go',
      text: 'Please be advised the office is closed.',
      errors: [{messageId: 'simplify', message: '“be advised” is not plain language: remove it.', line: 1, column: 8}]
    },
    {
      name: 'a hard sentence, reported over its whole span',
      text: hard,
      errors: [
        {
          messageId: 'readability',
          message:
            'This sentence is hard to read: 6 of 7 readability formulas rate it above grade 8. Split it into shorter sentences or use shorter words.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: hard.length + 1
        }
      ]
    }
  ]
})
