import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import {configFor} from '../../src/api.js'
import {lintSources} from '../../src/engine/run.js'
import type {LintResult} from '../../src/results.js'
import {ruleTester} from '../helpers/rule-tester.js'

const values = {
  positions: [
    {
      topic: 'climate action',
      stance: 'support',
      keywords: ['climate action', 'carbon tax', 'clean energy'],
      counterKeywords: ['emissions', 'pollution'],
      supportTerms: ['#ClimateAction'],
      opposeTerms: ['#AxeTheTax', 'drill baby drill']
    },
    {topic: 'the mine expansion', stance: 'oppose', keywords: ['mine expansion']}
  ],
  preferredTerms: {'illegal aliens': 'undocumented migrants'}
}
const contradiction = (reading: string, topic: string, evidence: string, declared: string) =>
  `This sentence reads as ${reading} ${topic} (“${evidence}”), but the office has declared that it ${declared} ${topic}. Make sure the post says what the member means.`

ruleTester(rule, {
  valid: [
    {name: 'no declared values: nothing to check', text: 'We will scrap the carbon tax.'},
    {name: 'a neutral mention', text: 'The committee discussed the carbon tax today.', values},
    {name: 'support, as declared', text: 'We will always fight for clean energy.', values},
    {name: 'double negation: never stop fighting for', text: 'We will never stop fighting for climate action.', values},
    {name: 'fighting what the topic stands against supports it', text: 'We will fight pollution in every town.', values},
    {name: 'cutting emissions supports climate action', text: 'Our plan will cut emissions in half by 2030.', values},
    {name: 'a quoted opponent', text: 'Our opponent wants to “scrap the carbon tax” and we will not let that happen.', values},
    {name: 'reported speech', text: 'The minister says the carbon tax is a disaster.', values},
    {name: 'a question', text: 'Should we scrap the carbon tax?', values},
    {name: 'opposing the repeal supports it', text: 'We oppose the repeal of the carbon tax.', values},
    {name: 'mixed evidence is left alone', text: 'We support clean energy, but the carbon tax must go.', values},
    {name: 'a negated judgement', text: 'The carbon tax is not a disaster.', values},
    {name: 'opposing what the office opposes', text: 'We will block the mine expansion.', values},
    {name: 'a preferred term in quotes is someone else’s', text: 'He called them “illegal aliens” again.', values},
    {name: 'preferred terms without positions: nothing else is checked', text: 'We will scrap the carbon tax.', values: {preferredTerms: values.preferredTerms}},
  ],
  invalid: [
    {
      name: 'an oppose cue against a supported topic',
      text: 'We will scrap the carbon tax.',
      values,
      errors: [
        {messageId: 'contradiction', message: contradiction('opposing', 'climate action', 'scrap the carbon tax', 'supports'), line: 1, column: 9, endLine: 1, endColumn: 29, severity: 2}
      ]
    },
    {
      name: 'negation: will not support',
      text: 'We will not support the carbon tax.',
      values,
      errors: [
        {
          messageId: 'contradiction',
          message: contradiction('opposing', 'climate action', 'not support the carbon tax', 'supports'),
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 35,
          severity: 2
        }
      ]
    },
    {
      name: 'a judgement after the topic',
      text: 'The carbon tax is a disaster for families.',
      values,
      errors: [
        {
          messageId: 'contradiction',
          message: contradiction('opposing', 'climate action', 'carbon tax is a disaster', 'supports'),
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 29,
          severity: 2
        }
      ]
    },
    {
      name: 'the office’s own oppose slogan',
      text: 'Proud to #AxeTheTax today!',
      values,
      errors: [{messageId: 'contradiction', message: contradiction('opposing', 'climate action', '#AxeTheTax', 'supports'), line: 1, column: 10, endLine: 1, endColumn: 20, severity: 2}]
    },
    {
      name: 'a slogan written out',
      text: 'Drill baby drill, we say.',
      values,
      errors: [{messageId: 'contradiction', message: contradiction('opposing', 'climate action', 'Drill baby drill', 'supports'), line: 1, column: 1, endLine: 1, endColumn: 17, severity: 2}]
    },
    {
      name: 'supporting what the office opposes',
      text: 'Proud to vote for the mine expansion.',
      values,
      errors: [
        {
          messageId: 'contradiction',
          message: contradiction('supporting', 'the mine expansion', 'vote for the mine expansion', 'opposes'),
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 37,
          severity: 2
        }
      ]
    },
    {
      name: 'a passive verb after the topic',
      text: 'The mine expansion must be protected.',
      values,
      errors: [
        {
          messageId: 'contradiction',
          message: contradiction('supporting', 'the mine expansion', 'mine expansion must be protected', 'opposes'),
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 37,
          severity: 2
        }
      ]
    },
    {
      name: 'Portuguese cues: "vamos acabar com" opposes what follows',
      text: 'Vamos acabar com o carbon tax.',
      lang: 'pt',
      values,
      errors: [{messageId: 'contradiction', message: contradiction('opposing', 'climate action', 'Vamos acabar com o carbon tax', 'supports'), line: 1, column: 1, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'the evidence quoted in the message has its spaces collapsed',
      text: 'We will scrap the  carbon tax.',
      values,
      errors: [
        {messageId: 'contradiction', message: contradiction('opposing', 'climate action', 'scrap the carbon tax', 'supports'), line: 1, column: 9, endLine: 1, endColumn: 30, severity: 2}
      ]
    },
    {
      name: 'a preferred term with a capital only inside it is replaced as written in the values',
      text: 'They keep saying illegal ALIENS.',
      values,
      output: 'They keep saying undocumented migrants.',
      errors: [
        {
          messageId: 'preferred-term',
          message: '“illegal ALIENS” is a term the office decided not to use: write “undocumented migrants”.',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 32,
          severity: 2,
          fix: {range: [17, 31], text: 'undocumented migrants'}
        }
      ]
    },
    {
      name: 'a preferred term, with a fix keeping the capital',
      text: 'Illegal aliens is not our word.',
      values,
      output: 'Undocumented migrants is not our word.',
      errors: [
        {
          messageId: 'preferred-term',
          message: '“Illegal aliens” is a term the office decided not to use: write “Undocumented migrants”.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          severity: 2,
          fix: {range: [0, 14], text: 'Undocumented migrants'}
        }
      ]
    }
  ]
})

describe('stances across posts', () => {
  type Stance = {topic: string; stance: 1 | -1; at: {line: number; column: number}}
  const post = (index: number, stances: Stance[]) => ({index, path: `post-${index}.md`, date: undefined, published: false, summary: {stances}})
  const compare = (posts: ReturnType<typeof post>[]) => rule.crossPost!.compare(posts, {})
  const supporting = {fragment: 'supporting'}
  const opposing = {fragment: 'opposing'}
  const tax = (stance: 1 | -1, line = 1): Stance => ({topic: 'climate action', stance, at: {line, column: 5}})
  const mine = (stance: 1 | -1): Stance => ({topic: 'the mine expansion', stance, at: {line: 2, column: 1}})

  it('reports nothing when the posts agree on each topic', () => {
    expect(compare([post(0, [tax(1)]), post(1, [tax(1), mine(-1)]), post(2, [mine(-1)])])).toEqual([])
  })

  it('reports every post on a topic the posts disagree on, each against the first post read the other way', () => {
    expect(compare([post(0, [tax(1)]), post(1, [mine(-1)]), post(2, [tax(-1, 3)]), post(3, [tax(1, 2)]), post(4, [tax(-1)])])).toEqual([
      {post: 0, messageId: 'cross-post', data: {reading: supporting, topic: 'climate action', other: 'post-2.md', otherReading: opposing}, at: {line: 1, column: 5}},
      {post: 2, messageId: 'cross-post', data: {reading: opposing, topic: 'climate action', other: 'post-0.md', otherReading: supporting}, at: {line: 3, column: 5}},
      {post: 3, messageId: 'cross-post', data: {reading: supporting, topic: 'climate action', other: 'post-2.md', otherReading: opposing}, at: {line: 2, column: 5}},
      {post: 4, messageId: 'cross-post', data: {reading: opposing, topic: 'climate action', other: 'post-0.md', otherReading: supporting}, at: {line: 1, column: 5}}
    ])
  })
})

describe('stances across the drafts of a run', () => {
  it('keeps each post’s one stance and where it is first read; a post that says both is left out', async () => {
    const cwd = '/drafts'
    const config = configFor({registry: [rule], rules: {'value-coherence': {severity: 2, options: {}}}, values: {positions: [values.positions[0]!]}})
    const drafts = {
      'a.md': 'We will always fight for clean energy.',
      'b.md': 'Our plan:\nwe will scrap the carbon tax. The carbon tax must go.',
      'c.md': 'We will always fight for clean energy. We will scrap the carbon tax.'
    }
    const results: LintResult[] = []
    await lintSources(
      Object.entries(drafts).map(([name, text]) => ({path: path.join(cwd, name), explicit: false, bytes: new TextEncoder().encode(text)})),
      {rules: [rule], resolver: {forFile: async () => config}, isIgnored: async () => false, cwd, onResult: (result) => void results.push(result)}
    )
    const found = Object.fromEntries(
      results.map((result) => [
        path.relative(cwd, result.filePath),
        result.messages.map(({messageId, line, column, endLine, endColumn, message}) => ({messageId, line, column, endLine, endColumn, message}))
      ])
    )
    const crossPost = (reading: string, other: string, otherReading: string) =>
      `This post reads as ${reading} climate action, but ${other} reads as ${otherReading} it: the posts of this run say two things. Align them before they go out.`
    expect(found).toEqual({
      'a.md': [{messageId: 'cross-post', line: 1, column: 16, endLine: undefined, endColumn: undefined, message: crossPost('supporting', 'b.md', 'opposing')}],
      'b.md': [
        {messageId: 'contradiction', line: 2, column: 9, endLine: 2, endColumn: 29, message: contradiction('opposing', 'climate action', 'scrap the carbon tax', 'supports')},
        {messageId: 'cross-post', line: 2, column: 9, endLine: undefined, endColumn: undefined, message: crossPost('opposing', 'a.md', 'supporting')},
        {messageId: 'contradiction', line: 2, column: 35, endLine: 2, endColumn: 53, message: contradiction('opposing', 'climate action', 'carbon tax must go', 'supports')}
      ],
      'c.md': [{messageId: 'contradiction', line: 1, column: 48, endLine: 1, endColumn: 68, message: contradiction('opposing', 'climate action', 'scrap the carbon tax', 'supports')}]
    })
  })
})
