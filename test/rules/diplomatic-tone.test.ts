import {describe, expect, it} from 'vitest'
import {isReply, rule} from '../../rules/diplomatic-tone.js'
import {ruleTester} from '../helpers/rule-tester.js'

const insult = (term: string, reason: string) =>
  `“${term}” ${reason}. Answer the point, not the person: acknowledge the concern, give the fact, and link the source.`
const contempt = (term: string, reason: string) =>
  `“${term}” ${reason}. Acknowledge their concern and show what you know instead: the fact and where it comes from.`
const sarcasm = (term: string, reason: string) =>
  `“${term}” is ${reason}, and sarcasm rarely survives a screenshot. Say plainly what you mean, and link the source.`
const SHOUTING = 'Repeated exclamation marks in a critical reply read as anger. Use one or none: a calm reply with a fact and a source persuades more.'

ruleTester(rule, {
  valid: [
    {name: 'firm disagreement with a fact and a source', text: '@critic I disagree, and here is why: the bill funds 200 new teachers. https://example.gov/bill'},
    {name: 'a thank-you', text: '@supporter Thank you for the kind words!! See you Saturday.'},
    {name: 'criticism of a policy', text: '@critic This bill is idiotic and the tax is a disaster for families.'},
    {name: 'a reply quoting the critic', text: '@critic You wrote “you moron” under my post. Here are the figures instead.'},
    {name: 'a pointed question is not scored for tone', text: '@critic If someone breaks the law and you can stop it, should you not?'},
    {name: 'a post that is not a reply', text: 'Some say our plan is stupid. Here is the evidence.'},
    {name: 'a named event near “your”', text: '@mayor We look forward to your Gun Violence Prevention Convening.'},
    {name: 'Spanish disagreement', text: '@critico No estoy de acuerdo: el proyecto financia 200 maestros.', lang: 'es'}
  ],
  invalid: [
    {
      name: 'contempt and name-calling aimed at the reader',
      text: '@critic You clearly have no idea what you are talking about, you moron.',
      errors: [
        {messageId: 'contempt', message: contempt('You clearly have no idea', 'talks down to them'), line: 1, column: 9, endLine: 1, endColumn: 33, severity: 2},
        {messageId: 'insult', message: insult('moron', 'calls them stupid'), line: 1, column: 66, endLine: 1, endColumn: 71, severity: 2}
      ]
    },
    {
      name: 'a vocative insult',
      text: '@critic Nice try, clown.',
      errors: [
        {messageId: 'sarcasm', message: sarcasm('Nice try', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 17, severity: 2},
        {messageId: 'insult', message: insult('clown', 'mocks them as a clown'), line: 1, column: 19, endLine: 1, endColumn: 24, severity: 2}
      ]
    },
    {
      name: 'sarcasm markers, including an eye-roll',
      text: '@critic Yeah, right 🙄',
      errors: [
        {messageId: 'sarcasm', message: sarcasm('Yeah, right', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 20, severity: 2},
        {messageId: 'sarcasm', message: sarcasm('🙄', 'an eye-roll'), line: 1, column: 21, endLine: 1, endColumn: 23, severity: 2}
      ]
    },
    {
      name: 'angry exclamation marks',
      text: '@critic You are wrong!! Read the bill.',
      errors: [{messageId: 'shouting', message: SHOUTING, line: 1, column: 22, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'a strongly negative sentence aimed at the reader',
      text: '---\nreply: true\n---\nYou are a disgrace and your lies hurt families.',
      errors: [
        {
          messageId: 'negative-tone',
          message:
            'This sentence is strongly negative toward the person you are answering (“disgrace”, “hurt”). Take a moment before replying: acknowledge the concern, give the fact, link the source.',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 48,
          severity: 2
        }
      ]
    },
    {
      name: 'every post, when asked',
      text: 'Anyone who votes no is a fool, and you know it.',
      options: {allPosts: true},
      errors: [{messageId: 'insult', message: insult('fool', 'calls them a fool'), line: 1, column: 26, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'Spanish insult and contempt',
      text: '@critico Eres un idiota, infórmate.',
      lang: 'es',
      errors: [
        {messageId: 'insult', message: insult('idiota', 'calls them stupid'), line: 1, column: 18, endLine: 1, endColumn: 24, severity: 2},
        {messageId: 'contempt', message: contempt('infórmate', 'talks down to them'), line: 1, column: 26, endLine: 1, endColumn: 35, severity: 2}
      ]
    }
  ]
})

describe('what counts as a reply', () => {
  it('is a reply by front matter, or by an opening mention', () => {
    expect([isReply('Hello', true), isReply('@a hi', false), isReply('.@a hi', false), isReply('Hi @a', false)]).toEqual([true, true, true, false])
  })
})
