import {rule} from '../../rules/plain-language.js'
import {ruleTester} from '../helpers/rule-tester.js'

const hard =
  'The committee reviewed the comprehensive intergovernmental infrastructure modernization initiative and the interdepartmental coordination requirements established by the administration last year.'
const long =
  'We will talk to farmers and workers and teachers and nurses and parents and students and veterans and seniors and small business owners and mayors and everyone else in the district this week.'
const shout = (what: string) => `${what} reads as shouting. Write it in normal case and let the words carry the weight.`

ruleTester(rule, {
  valid: [
    {name: 'a plain 15-word post', text: 'We passed the bill today. Thank you to everyone who called our office this week.'},
    {name: 'hashtags are not words', text: 'Proud to #utilize every tool we have.'},
    {name: 'mentions are not words', text: 'Thanks @utilize for the visit.'},
    {name: 'URLs are not words', text: 'Read more at https://example.gov/utilize today.'},
    {name: 'quoted speech is not reworded', text: 'The minister said “we will utilize every tool” today.'},
    {name: 'accepted phrases', text: 'We will utilize the fund.', options: {accept: ['utilize']}},
    {name: 'names and long words in a short post', text: 'Congratulations @UNC_Basketball on the championship! #FinalFourBound'},
    {name: 'acronyms are not shouting', text: 'NATO and COVID and USMCA matter. SCOTUS REC RFS today.'},
    {name: 'a label in capitals', text: 'BLOG POST: our new plan for schools.'},
    {name: 'call signs are not shouting', text: 'Joining KWFX & KWDQ shortly.'},
    {name: 'exclamation marks are enthusiasm', text: 'Happy birthday, America!!! Go team!!'},
    {name: 'passive voice is off by default', text: 'The bill was written by the committee.'},
    {name: 'shouting can be turned off', text: 'VOTE NO ON THE TERRIBLE BILL.', options: {shouting: false}},
    {name: 'a higher grade target', text: hard, options: {maxGrade: 30}},
    {name: 'a higher sentence limit (and grade)', text: long, options: {maxSentenceWords: 40, maxGrade: 30}},
    {name: 'English word lists do not apply to Spanish', text: 'Vamos a utilize el fondo.', lang: 'es'}
  ],
  invalid: [
    {
      name: 'single-word jargon from parllint’s lexicon, with a safe fix',
      text: 'We will utilize the new funds.',
      output: 'We will use the new funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          severity: 2,
          fix: {range: [8, 15], text: 'use'},
          suggestions: [{desc: 'Replace “utilize” with “use”.', fix: {range: [8, 15], text: 'use'}, output: 'We will use the new funds.'}]
        }
      ]
    },
    {
      name: 'keeps the capital letter in the fix',
      text: 'Utilize the funds.',
      output: 'Use the funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“Utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
          severity: 2,
          fix: {range: [0, 7], text: 'Use'},
          suggestions: [{desc: 'Replace “Utilize” with “Use”.', fix: {range: [0, 7], text: 'Use'}, output: 'Use the funds.'}]
        }
      ]
    },
    {
      name: 'a wordy phrase from retext-simplify: a suggestion, no fix',
      text: 'We will act in order to help.',
      errors: [
        {
          messageId: 'simplify',
          message: '“in order to” is not plain language: write “to” instead.',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 24,
          severity: 2,
          fix: undefined,
          suggestions: [{desc: 'Replace “in order to” with “to”.', fix: {range: [12, 23], text: 'to'}, output: 'We will act to help.'}]
        }
      ]
    },
    {
      name: 'a phrase from parllint’s lexicon',
      text: 'We act in the event that it floods.',
      output: 'We act if it floods.',
      errors: [
        {
          messageId: 'simplify',
          message: '“in the event that” is not plain language: write “if” instead.',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 25,
          severity: 2,
          fix: {range: [7, 24], text: 'if'},
          suggestions: [{desc: 'Replace “in the event that” with “if”.', fix: {range: [7, 24], text: 'if'}, output: 'We act if it floods.'}]
        }
      ]
    },
    {
      name: 'Spanish jargon',
      lang: 'es',
      text: 'Vamos a trabajar con el objeto de mejorar la salud.',
      output: 'Vamos a trabajar para mejorar la salud.',
      errors: [
        {
          messageId: 'simplify',
          message: '“con el objeto de” is not plain language: write “para” instead.',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 34,
          severity: 2,
          fix: {range: [17, 33], text: 'para'},
          suggestions: [{desc: 'Replace “con el objeto de” with “para”.', fix: {range: [17, 33], text: 'para'}, output: 'Vamos a trabajar para mejorar la salud.'}]
        }
      ]
    },
    {
      name: 'a hard post, reported on its hardest sentence',
      text: hard,
      errors: [
        {
          messageId: 'readability',
          message:
            'Hard to read: this post reads at about grade 26 (target 8), and this is its hardest sentence (20 words, 60% long words). Use shorter, everyday words.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: hard.length + 1,
          severity: 2
        }
      ]
    },
    {
      text: long,
      name: 'a long sentence',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'This sentence has 33 words (at most 30). Split it into two or three shorter sentences.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: long.length + 1,
          severity: 2
        }
      ]
    },
    {
      name: 'a run of capitals, with short words inside it',
      text: 'VOTE NO ON THE TERRIBLE BILL today.',
      errors: [{messageId: 'shouting', message: shout('“VOTE NO ON THE TERRIBLE BILL” in capitals'), line: 1, column: 1, endLine: 1, endColumn: 29, severity: 2}]
    },
    {
      name: 'runs of marks',
      text: 'Is this right?! Who wrote this???',
      errors: [
        {messageId: 'shouting', message: shout('“?!”'), line: 1, column: 14, endLine: 1, endColumn: 16, severity: 2},
        {messageId: 'shouting', message: shout('“???”'), line: 1, column: 31, endLine: 1, endColumn: 34, severity: 2}
      ]
    },
    {
      name: 'passive voice when asked for',
      text: 'The bill was written by the committee.',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '“written” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          severity: 2
        }
      ]
    }
  ]
})
