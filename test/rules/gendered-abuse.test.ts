import {describe, expect, it} from 'vitest'
import {fold, mask, rule} from '../../rules/gendered-abuse.js'
import {ruleTester} from '../helpers/rule-tester.js'

const slur = (term: string, reason: string) =>
  `“${term}” is a gendered slur (${reason}). Never publish it: criticise what she says or does, not her sex.`
const stereotype = (term: string, reason: string) => `“${term}” is a sexist stereotype (${reason}). Would you say it of a man? Answer her argument instead.`
const appearance = (term: string, reason: string) =>
  `“${term}” comments on a woman’s looks (${reason}); even kind remarks on appearance cost women in politics credibility. Talk about her work instead.`
const sexualised = (term: string, reason: string) => `“${term}” sexualises a woman in public life (${reason}). Talk about her work and positions instead.`
const belittling = (term: string, reason: string) => `“${term}” talks down to a woman in public life (${reason}). Address her by her title and name.`
const threat = (term: string, reason: string) =>
  `“${term}” reads as a threat (${reason}). Threats of violence are never acceptable from an official account, even as a joke: remove it.`
const repeated = (term: string, masked: string) =>
  `Condemning abuse is right, but repeating “${term}” spreads the slur further. Consider writing “${masked}”.`

ruleTester(rule, {
  valid: [
    {name: 'a post about a woman minister’s policy', text: 'Minister Joly’s plan to cut emissions is bold, and she delivered it on time.'},
    {name: 'International Women’s Day', text: 'Happy International Women’s Day to every woman who leads, votes and runs! #IWD2026'},
    {name: 'Día Internacional de la Mujer', text: '¡Feliz Día Internacional de la Mujer a todas las diputadas y a todas las mujeres de Chile!', lang: 'es'},
    {name: '“hysterical laughter” is not aimed at a woman', text: 'The hysterical laughter of children filled the fair.'},
    {name: 'names are not slurs', text: 'Mayor Dick Harper and I toured Hooker County today.'},
    {name: 'a surname at the start of a sentence', text: 'Hooker County gets a new clinic.'},
    {name: 'a sweetheart deal', text: 'She called it a sweetheart deal for donors, and she is right.'},
    {name: 'a fat cat', text: 'Her bill ends the tax breaks for fat cats.'},
    {name: 'a witch hunt is not a word we list', text: 'This investigation is a witch hunt.'},
    {name: 'beating her in an election', text: 'We will beat her in November.'},
    {name: 'a policy that should be killed', text: 'Her bill should be killed in committee.'},
    {name: 'condemnation that quotes abuse, with the suggestion off', text: 'They called her a bitch for running. Enough.', options: {quotedSlurs: false}},
    {name: '“no woman should” condemns', text: 'No woman should be raped, and no woman should be threatened for running for office.'},
    {name: 'a threat quoted to condemn it', text: 'A man wrote “she should be raped” under my colleague’s post. I condemn it.'},
    {name: 'an allowed word', text: 'Proud to march with the slut walk today.', options: {allow: ['slut']}},
    {name: 'la vieja política (an adjective)', text: 'La vieja política no cambia nada.', lang: 'es'},
    {name: 'una idea loca (an adjective)', text: 'Es una idea loca, pero funciona.', lang: 'es'},
    {name: 'un tema caliente', text: 'La reforma es un tema caliente en el Congreso.', lang: 'es'},
    {name: 'de puta madre / hijo de puta are not about a woman', text: 'El acto salió de puta madre.', lang: 'es'},
    {name: 'es: “puta” as an intensifier is not a slur at a woman', text: 'La puta verdad es que no hay plata.', lang: 'es'},
    {name: 'a thank-you to a colleague', text: 'Gracias, querida amiga, por tu apoyo.', lang: 'es'},
    {name: 'feminist slogan', text: 'Somos las nietas de las brujas que no pudieron quemar.', lang: 'es'},
    {name: 'Spanish condemnation of political violence', text: 'Repudio la violencia política contra la ministra. Ninguna mujer debería leer lo que le escribieron.', lang: 'es'},
    {name: 'French has no lexicon yet', text: 'Elle est hystérique.', lang: 'fr'}
  ],
  invalid: [
    {
      name: 'stereotypes aimed at her (warnings)',
      text: 'She is so hysterical and shrill.',
      errors: [
        {messageId: 'stereotype', message: stereotype('hysterical', 'the old slur that women are ruled by their nerves'), line: 1, column: 11, endLine: 1, endColumn: 21, severity: 1},
        {messageId: 'stereotype', message: stereotype('shrill', 'mocks a woman’s voice as grating'), line: 1, column: 26, endLine: 1, endColumn: 32, severity: 1}
      ]
    },
    {
      name: '“that hysterical woman”',
      text: 'Nobody listens to that hysterical woman.',
      errors: [{messageId: 'stereotype', message: stereotype('hysterical', 'the old slur that women are ruled by their nerves'), line: 1, column: 24, endLine: 1, endColumn: 34, severity: 1}]
    },
    {
      name: 'a slur is an error',
      text: 'The senator is a bitch.',
      errors: [{messageId: 'slur', message: slur('bitch', 'a slur for a woman'), line: 1, column: 18, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'a slur in capitals is not a name',
      text: 'WHAT A BITCH.',
      errors: [{messageId: 'slur', message: slur('BITCH', 'a slur for a woman'), line: 1, column: 8, endLine: 1, endColumn: 13, severity: 2}]
    },
    {
      name: 'sexualised remark',
      text: 'The new minister is pure eye candy.',
      errors: [{messageId: 'sexualised', message: sexualised('eye candy', 'treats a woman as something to look at'), line: 1, column: 26, endLine: 1, endColumn: 35, severity: 1}]
    },
    {
      name: 'appearance',
      text: 'Did you see her neckline at the hearing?',
      errors: [
        {messageId: 'appearance', message: appearance('her neckline', 'puts a woman’s body or clothes in a political post'), line: 1, column: 13, endLine: 1, endColumn: 25, severity: 1}
      ]
    },
    {
      name: 'belittling address',
      text: 'Calm down, sweetheart.',
      errors: [{messageId: 'belittling', message: belittling('Calm down, sweetheart', 'dismisses a woman’s argument as emotion'), line: 1, column: 1, endLine: 1, endColumn: 22, severity: 1}]
    },
    {
      name: 'a vocative sweetie',
      text: 'Nice try, sweetie.',
      errors: [{messageId: 'belittling', message: belittling('sweetie', 'talks down to a woman official'), line: 1, column: 11, endLine: 1, endColumn: 18, severity: 1}]
    },
    {
      name: 'a threat is an error',
      text: 'She should be raped.',
      errors: [{messageId: 'threat', message: threat('should be raped', 'wishes rape on someone'), line: 1, column: 5, endLine: 1, endColumn: 20, severity: 2}]
    },
    {
      name: 'teach her a lesson',
      text: 'Someone needs to teach her a lesson.',
      errors: [{messageId: 'threat', message: threat('teach her a lesson', 'reads as a threat to punish a woman'), line: 1, column: 18, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'condemnation quoting a slur: a suggestion to mask it, as a warning',
      text: 'They called her a “whore” for running. Enough.',
      errors: [
        {
          messageId: 'repeated-slur',
          message: repeated('whore', 'w***e'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 25,
          severity: 1,
          suggestions: [{desc: 'Write “w***e”.', fix: {range: [19, 24], text: 'w***e'}, output: 'They called her a “w***e” for running. Enough.'}]
        }
      ]
    },
    {
      name: 'a post about misogyny quotes what was said',
      text: 'Stop calling women like her a bitch or a slut. This abuse must end.',
      errors: [
        {
          messageId: 'repeated-slur',
          message: repeated('bitch', 'b***h'),
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 36,
          severity: 1,
          suggestions: [{desc: 'Write “b***h”.', fix: {range: [30, 35], text: 'b***h'}, output: 'Stop calling women like her a b***h or a slut. This abuse must end.'}]
        },
        {
          messageId: 'repeated-slur',
          message: repeated('slut', 's**t'),
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 46,
          severity: 1,
          suggestions: [{desc: 'Write “s**t”.', fix: {range: [41, 45], text: 's**t'}, output: 'Stop calling women like her a bitch or a s**t. This abuse must end.'}]
        }
      ]
    },
    {
      name: 'es: slurs need no target, adjectives need a noun use',
      text: 'Esa vieja pendeja no sabe nada.',
      lang: 'es',
      errors: [
        {messageId: 'appearance', message: appearance('vieja', 'scorns a woman for her age'), line: 1, column: 5, endLine: 1, endColumn: 10, severity: 1},
        {messageId: 'slur', message: slur('pendeja', 'an insult in the feminine, aimed at a woman'), line: 1, column: 11, endLine: 1, endColumn: 18, severity: 2}
      ]
    },
    {
      name: 'es: “la perra loca de la diputada”',
      text: 'La perra loca de la diputada.',
      lang: 'es',
      errors: [
        {messageId: 'slur', message: slur('perra', 'calls a woman a dog'), line: 1, column: 4, endLine: 1, endColumn: 9, severity: 2},
        {messageId: 'stereotype', message: stereotype('loca', 'dismisses a woman as irrational'), line: 1, column: 10, endLine: 1, endColumn: 14, severity: 1}
      ]
    },
    {
      name: 'es: “puta” naming a person',
      text: 'Eres una puta.',
      lang: 'es',
      errors: [{messageId: 'slur', message: slur('puta', 'calls a woman a prostitute'), line: 1, column: 10, endLine: 1, endColumn: 14, severity: 2}]
    },
    {
      name: 'es: histérica without accent, with a target',
      text: 'La ministra está histerica otra vez.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('histerica', 'the old slur that women are ruled by their nerves'), line: 1, column: 18, endLine: 1, endColumn: 27, severity: 1}]
    },
    {
      name: 'es: a vocative',
      text: '¡Cállate, vieja!',
      lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('vieja', 'scorns a woman for her age'), line: 1, column: 11, endLine: 1, endColumn: 16, severity: 1}]
    },
    {
      name: 'es: sexualised phrase',
      text: 'Seguro anda muy necesitada la senadora.',
      lang: 'es',
      errors: [{messageId: 'sexualised', message: sexualised('anda muy necesitada', 'reduces a woman to her sex life'), line: 1, column: 8, endLine: 1, endColumn: 27, severity: 1}]
    },
    {
      name: 'es: back to the kitchen',
      text: 'Diputada, vete a la cocina.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('vete a la cocina', 'says women belong at home, not in politics'), line: 1, column: 11, endLine: 1, endColumn: 27, severity: 1}]
    },
    {
      name: 'es: belittling',
      text: 'Tranquila, princesa.',
      lang: 'es',
      errors: [{messageId: 'belittling', message: belittling('princesa', 'talks down to a woman official'), line: 1, column: 12, endLine: 1, endColumn: 20, severity: 1}]
    },
    {
      name: 'es: a threat',
      text: 'Te voy a violar.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('Te voy a violar', 'threatens violence'), line: 1, column: 1, endLine: 1, endColumn: 16, severity: 2}]
    },
    {
      name: 'es: condemnation that repeats the slurs',
      text: 'Basta de llamar puta y zorra a las diputadas.',
      lang: 'es',
      errors: [
        {
          messageId: 'repeated-slur',
          message: repeated('puta', 'p**a'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 21,
          severity: 1,
          suggestions: [{desc: 'Write “p**a”.', fix: {range: [16, 20], text: 'p**a'}, output: 'Basta de llamar p**a y zorra a las diputadas.'}]
        },
        {
          messageId: 'repeated-slur',
          message: repeated('zorra', 'z***a'),
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 29,
          severity: 1,
          suggestions: [{desc: 'Write “z***a”.', fix: {range: [23, 28], text: 'z***a'}, output: 'Basta de llamar puta y z***a a las diputadas.'}]
        }
      ]
    }
  ]
})

describe('gendered-abuse helpers', () => {
  it('folds case, possessives and accents', () => {
    expect([fold('Histérica'), fold('woman’s'), fold('MUÑECA')]).toEqual(['histerica', 'woman', 'muneca'])
  })
  it('masks all but the first and last letter of each word', () => {
    expect([mask('bitch'), mask('man eater'), mask('ho')]).toEqual(['b***h', 'm*n e***r', 'ho'])
  })
})
