// The gendered-abuse lexicon as compiled (rules/lib/abuse-lexicon.ts), through the rule:
// an entry compared with its accents (pt "louca", not "louça") and the verbs that carry
// their object ("l’écraser", "violá-la"), which need no woman named after them.
import {rule} from '../../rules/gendered-abuse.js'
import {ruleTester} from '../helpers/rule-tester.js'

const stereotype = (term: string, reason: string) => `“${term}” is a sexist stereotype (${reason}). Would you say it of a man? Answer her argument instead.`
const threat = (term: string) =>
  `“${term}” reads as a threat (a threat of violence against a woman). Threats of violence are never acceptable from an official account, even as a joke: remove it.`
const MADNESS = 'the claim that a woman is mad rather than wrong'

ruleTester(rule, {
  valid: [
    // Folded, "louça" (the dishes) would be "louca": the entry keeps its accents.
    {name: 'pt: the dishes (“a louça”) are not “louca”', text: 'Depois do almoço com os voluntários, lavei a louça.', lang: 'pt'},
    // A verb with its object in it still needs a woman: "l’" may be a bill.
    {name: 'fr: crushing a reform (“l’écraser”) in the Senate', text: 'Cette réforme est injuste : il faut l’écraser au Sénat.', lang: 'fr'}
  ],
  invalid: [
    {
      name: 'pt: “louca” with its accents (none) is found',
      text: 'A ministra é uma louca.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('louca', MADNESS), line: 1, column: 18, endLine: 1, endColumn: 23, severity: 1}]
    },
    {
      name: 'fr: “il faut l’écraser” after naming her',
      text: 'Cette députée nous ment depuis des mois, il faut l’écraser.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('l’écraser'), line: 1, column: 50, endLine: 1, endColumn: 59, severity: 2}]
    },
    {
      name: 'fr: “je vais t’abattre” to a senator addressed',
      text: 'Tu ne vaux rien, sénatrice, je vais t’abattre.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('t’abattre'), line: 1, column: 37, endLine: 1, endColumn: 46, severity: 2}]
    },
    {
      name: 'fr: an order, “Lynchez-la”',
      text: 'Lynchez-la, cette ministre !',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('Lynchez-la'), line: 1, column: 1, endLine: 1, endColumn: 11, severity: 2}]
    },
    {
      name: 'pt: “temos que violá-la”',
      text: 'A vereadora nos traiu, temos que violá-la.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('violá-la'), line: 1, column: 34, endLine: 1, endColumn: 42, severity: 2}]
    }
  ]
})
