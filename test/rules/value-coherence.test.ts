import {rule} from '../../rules/value-coherence.js'
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
