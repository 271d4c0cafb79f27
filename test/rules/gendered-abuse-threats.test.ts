// gendered-abuse threats read by their structure (rules/lib/abuse-context.ts), in words
// no lexicon pattern lists, so each case reaches the reader itself: where the object
// stands (after the verb, a pronoun before it or before the cue, the reader), what may
// come between cue and verb, what makes a violent verb no threat (a bill, an election,
// no woman, a crime reported), and when a condemnation in the post does not excuse it.
import {rule} from '../../rules/gendered-abuse.js'
import {threat} from '../helpers/gendered-abuse-messages.js'
import {ruleTester} from '../helpers/rule-tester.js'

const VIOLENCE = 'a threat of violence against a woman'
const DESERVES = 'the claim that a woman deserves violence'

ruleTester(rule, {
  valid: [
    // A pronoun object may stand for a bill or a reform: without a woman in the sentence it is none.
    {name: 'es: “matarla” of a reform', text: 'Esta reforma es un desastre y quisiera matarla en comisión.', lang: 'es'},
    {name: 'fr: “la noyer” of a reform', text: 'Cette réforme est mal ficelée : on pourrait la noyer sous les amendements.', lang: 'fr'},
    {name: 'es: “la vamos a erradicar” of corruption', text: 'La corrupción la vamos a erradicar de raíz.', lang: 'es'},
    // The object is her only right after the verb: not a woman further on, nor one before it.
    {name: 'es: the bill of a deputy', text: 'Vamos a matar el proyecto de la diputada en comisión.', lang: 'es'},
    {name: 'en: the amendment of a congresswoman', text: 'We should kill the amendment from the congresswoman in committee.'},
    {name: 'es: the minister kills a bill', text: 'La ministra va a matar el proyecto en el Senado.', lang: 'es'},
    {name: 'es: a pledge for no woman', text: 'Nunca más van a golpear a ninguna mujer en este municipio.', lang: 'es'},
    {name: 'es: a verb with no object at the end of a sentence', text: 'No más violencia: nadie tiene derecho a matar.', lang: 'es'},
    // Without a cue of intent, nor an order at the start, a violent verb reports.
    {name: 'en: a crime reported', text: 'Police say he tried to strangle her.'},
    {name: 'en: a statistic', text: 'Abusers kill women and girls in every state.'},
    // An election, not violence.
    {name: 'en: beating her in the primary', text: 'We’re going to kill her in the primary, and we’ll do it with volunteers.'},
    {name: 'es: beating the mayor at the polls', text: 'Vamos a golpear a la alcaldesa en las urnas.', lang: 'es'},
    {name: 'en: beaten at the polls', text: 'The congresswoman deserves to be beaten at the polls.'},
    {name: 'en: “she” beaten at the polls', text: 'She deserves to be beaten at the polls, and she will be in November.'},
    // A participle that does not mark a woman needs one in the sentence; "no woman" condemns.
    {name: 'en: a bill killed in committee', text: 'This bill deserves to be killed in committee.'},
    {name: 'es: no woman deserves it', text: 'Ninguna concejala debe ser linchada por votar distinto.', lang: 'es'},
    // A stereotype pattern that needs a woman finds none; one reported in a campaign post is a mention.
    {name: 'en: childcare for parents', text: 'We need more childcare: who is taking care of the kids while parents work late?'},
    {name: 'en: a stereotype reported under a campaign hashtag', text: 'Every week a colleague hears get back to the kitchen. #NotTheCost'},
    {name: 'en: a threat against her, reported under a campaign hashtag', text: 'A comment under my post this morning: someone should shoot that congresswoman. #NotTheCost'}
  ],
  invalid: [
    {
      name: 'en: three degree words between the cue and the verb',
      text: 'Somebody should really really just shoot her.',
      errors: [{messageId: 'threat', message: threat('shoot her', VIOLENCE), line: 1, column: 36, endLine: 1, endColumn: 45, severity: 2}]
    },
    // The object pronoun before the verb, after the cue.
    {
      name: 'fr: the pronoun before the verb, the woman after a comma',
      text: 'Va falloir la pendre, cette ministre.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('la pendre', VIOLENCE), line: 1, column: 12, endLine: 1, endColumn: 21, severity: 2}]
    },
    {
      name: 'fr: the pronoun before the verb, the woman right after it',
      text: 'On pourrait la noyer cette ministre.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('la noyer cette ministre', VIOLENCE), line: 1, column: 13, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'pt: “te” before the verb is the reader, no woman needed',
      text: 'Se aprovar esse projeto, vou te matar.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('te matar', VIOLENCE), line: 1, column: 30, endLine: 1, endColumn: 38, severity: 2}]
    },
    {
      name: 'pt: the cue opens the sentence',
      text: 'Vou te matar.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('te matar', VIOLENCE), line: 1, column: 5, endLine: 1, endColumn: 13, severity: 2}]
    },
    {
      name: 'pt: the pronoun and the verb open the sentence, no cue',
      text: 'Te matar é pouco.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('Te matar', VIOLENCE), line: 1, column: 1, endLine: 1, endColumn: 9, severity: 2}]
    },
    // The object pronoun before the cue.
    {
      name: 'es: “la” before “vamos a”',
      text: 'A esa concejala la vamos a quemar viva.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('la vamos a quemar', VIOLENCE), line: 1, column: 17, endLine: 1, endColumn: 34, severity: 2}]
    },
    {
      name: 'es: “te” before “vamos a” is the reader',
      text: 'Te vamos a quemar viva.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('Te vamos a quemar', VIOLENCE), line: 1, column: 1, endLine: 1, endColumn: 18, severity: 2}]
    },
    // The object joined to the verb, with a woman in the sentence.
    {
      name: 'es: “matarla” with the woman after a comma',
      text: 'Quisiera matarla, a esa diputada.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('matarla', VIOLENCE), line: 1, column: 10, endLine: 1, endColumn: 17, severity: 2}]
    },
    // The object after the verb: after a preposition and two determiners, or with words after it.
    {
      name: 'es: a preposition and two determiners before the women',
      text: 'Habría que fusilar a todas las feministas.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('fusilar a todas las feministas', VIOLENCE), line: 1, column: 12, endLine: 1, endColumn: 42, severity: 2}]
    },
    {
      name: 'es: the minister’s portfolio after her',
      text: 'Habría que matar a la ministra de Hacienda por este presupuesto.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('matar a la ministra', VIOLENCE), line: 1, column: 12, endLine: 1, endColumn: 31, severity: 2}]
    },
    {
      name: 'pt: the reader after a preposition',
      text: 'Vou dar uns tiros em você.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('dar uns tiros em você', VIOLENCE), line: 1, column: 5, endLine: 1, endColumn: 26, severity: 2}]
    },
    // A degree word between cue and verb.
    {
      name: 'en: “just” between the cue and the verb',
      text: 'Somebody should just shoot that congresswoman.',
      errors: [{messageId: 'threat', message: threat('shoot that congresswoman', VIOLENCE), line: 1, column: 22, endLine: 1, endColumn: 46, severity: 2}]
    },
    // A threat to the reader is aimed: a condemnation in the post does not make it a mention.
    {
      name: 'en: a threat to a troll after a condemnation',
      text: 'We condemn the abuse Rep. Díaz gets. To the troll who sent it: someone should shoot you.',
      errors: [{messageId: 'threat', message: threat('shoot you', VIOLENCE), line: 1, column: 79, endLine: 1, endColumn: 88, severity: 2}]
    },
    // A feminine participle marks a woman by itself.
    {
      name: 'es: a feminine participle, no woman named',
      text: 'Merece ser linchada por lo que dijo.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('Merece ser linchada', DESERVES), line: 1, column: 1, endLine: 1, endColumn: 20, severity: 2}]
    }
  ]
})
