// gendered-abuse: who a word is aimed at (rules/lib/abuse-context.ts, targets to list
// items). The women a sentence speaks of (a title, a possessive, an office after "la",
// "no woman", a slur that names her), how near a word must stand to one of them (five
// words, or the subject that opens the clause, never across a semicolon or colon), the
// other meaning a neighbour gives a word only in the same phrase, and when a word stands
// as an address (not in a list, not beside a name, not after thanks).
import {rule} from '../../rules/gendered-abuse.js'
import {slur, appearance, stereotype, belittling, threat} from '../helpers/gendered-abuse-messages.js'
import {ruleTester} from '../helpers/rule-tester.js'


const NERVES = 'the old idea that women are ruled by their nerves'
const VOICE = 'mockery of a woman’s voice instead of her words'
const PET = 'a pet name used to talk down to a woman'
const PROSTITUTE = 'a word that calls a woman a prostitute'
const DISMISSIVE = 'a dismissive word for a woman instead of her title'

ruleTester(rule, {
  valid: [
    // No woman in the sentence: an office without "la" / "Madam", "no woman", an animal, a stereotype word that names nobody.
    {name: 'en: an office without a feminine marker', text: 'The senator is hysterical about this bill.'},
    {name: 'en: “no woman”', text: 'No woman is hysterical for asking questions.'},
    {name: 'en: an adjective on an animal (“cougar” names no woman unless aimed)', text: 'The zoo’s ugly old cougar got a new enclosure.'},
    {name: 'en: “bad mother” with no woman in the sentence but its own word', text: 'The novel’s bad mother is a classic villain.'},
    // Too far from her, or in another clause.
    {name: 'en: a semicolon ends the clause', text: 'The crowd was hysterical; she stayed calm.'},
    {name: 'en: a woman far from the word, not opening the clause', text: 'I met her at the town hall where the crowd in the back got hysterical.'},
    {name: 'pt: the subject that opens the sentence, but a comma between', text: 'Ela chegou cedo, mas a plenária inteira ficou histérica com a votação.', lang: 'pt'},
    // Not an address: a possessive, affection, a name beside it, a list of what others say.
    {name: 'pt: an insult frame before a pet name is a possessive', text: 'Parabéns para sua menina, que se formou hoje!', lang: 'pt'},
    {name: 'pt: a pet name after a loving word', text: 'Te amo, gatinha! Feliz aniversário.', lang: 'pt'},
    {name: 'pt: a pet name after a name', text: 'Bom trabalho hoje na comissão, Ana, querida.', lang: 'pt'},
    {name: 'pt: a pet name before a name', text: 'Boas festas, querida, Ana Maria e toda a família!', lang: 'pt'},
    {name: 'es: an insult between commas next to a surname', text: 'Cállate ya, Martínez, histérica.', lang: 'es'},
    {name: 'es: a list of insults ending a sentence', text: 'Cada día lo mismo en redes: bruja, mandona, histérica.', lang: 'es'},
    {name: 'es: a list of three insults opening a sentence', text: 'Bruja, mandona, histérica: así nos llaman en redes.', lang: 'es'},
    // A capitalised word is a name inside the sentence, or at its start before another capitalised word.
    {name: 'en: a capitalised word inside the sentence is a name', text: 'Congresswoman Hooker opened the hearing.'},
    {name: 'en: a capitalised word before another opens the sentence as a name', text: 'Hooker County commissioners met with her today.'},
    // Contempt for women that the next sentence condemns is quoted, not said.
    {name: 'en: contempt for women, condemned in the next sentence', text: 'Women are trash. This language has no place in our state.'}
  ],
  invalid: [
    {
      name: 'pt: a capitalised word before a lower-case one is no name',
      text: 'Piranha é o que ela é.',
      lang: 'pt',
      errors: [{messageId: 'slur', message: slur('Piranha', 'a sexual slur for a woman'), line: 1, column: 1, endLine: 1, endColumn: 8, severity: 2}]
    },
    // The women a sentence speaks of.
    {
      name: 'en: a woman’s title with a possessive (“the congresswoman’s”)',
      text: 'The congresswoman’s speech was shrill.',
      errors: [{messageId: 'stereotype', message: stereotype('shrill', VOICE), line: 1, column: 32, endLine: 1, endColumn: 38, severity: 1}]
    },
    {
      name: 'en: women with a possessive (“the women’s caucus”)',
      text: 'The women’s caucus is hysterical about this.',
      errors: [{messageId: 'stereotype', message: stereotype('hysterical', NERVES), line: 1, column: 23, endLine: 1, endColumn: 33, severity: 1}]
    },
    {
      name: 'es: an office after “la” is a woman',
      text: 'La presidente se puso histérica con la reforma.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 23, endLine: 1, endColumn: 32, severity: 1}]
    },
    {
      name: 'es: a two-word title (“la primera dama”)',
      text: 'La primera dama estuvo histérica en el acto.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 24, endLine: 1, endColumn: 33, severity: 1}]
    },
    {
      name: 'en: a woman right after another is read too',
      text: 'Don’t listen to her: she is hysterical.',
      errors: [{messageId: 'stereotype', message: stereotype('hysterical', NERVES), line: 1, column: 29, endLine: 1, endColumn: 39, severity: 1}]
    },
    {
      name: 'en: “No,” as an answer is no quantifier',
      text: 'Reasonable? No, she is hysterical.',
      errors: [{messageId: 'stereotype', message: stereotype('hysterical', NERVES), line: 1, column: 24, endLine: 1, endColumn: 34, severity: 1}]
    },
    {
      name: 'en: a slur names a woman, when the other woman is past a colon',
      text: 'Don’t vote for her: that whore is hysterical.',
      errors: [
        {messageId: 'slur', message: slur('whore', PROSTITUTE), line: 1, column: 26, endLine: 1, endColumn: 31, severity: 2},
        {messageId: 'stereotype', message: stereotype('hysterical', NERVES), line: 1, column: 35, endLine: 1, endColumn: 45, severity: 1}
      ]
    },
    {
      name: 'en: a slur names a woman, when the other woman is past a semicolon',
      text: 'That whore is hysterical; everyone knows her.',
      errors: [
        {messageId: 'slur', message: slur('whore', PROSTITUTE), line: 1, column: 6, endLine: 1, endColumn: 11, severity: 2},
        {messageId: 'stereotype', message: stereotype('hysterical', NERVES), line: 1, column: 15, endLine: 1, endColumn: 25, severity: 1}
      ]
    },
    {
      name: 'en: a threat to the woman a slur names, and the slur inside it',
      text: 'Somebody should shoot that whore.',
      errors: [
        {messageId: 'threat', message: threat('shoot that whore', 'a threat of violence against a woman'), line: 1, column: 17, endLine: 1, endColumn: 33, severity: 2},
        {messageId: 'slur', message: slur('whore', PROSTITUTE), line: 1, column: 28, endLine: 1, endColumn: 33, severity: 2}
      ]
    },
    {
      name: 'en: a stereotype that names no woman makes “ugly” aimed at nobody',
      text: 'Spare us the catfight stories and the ugly rumours about the budget.',
      errors: [{messageId: 'stereotype', message: stereotype('catfight', 'a debate between women turned into a brawl'), line: 1, column: 14, endLine: 1, endColumn: 22, severity: 1}]
    },
    {
      name: 'en: an appearance remark in a sentence about women and one woman',
      text: 'Women at the hearing could only talk about that dress she wore.',
      errors: [{messageId: 'appearance', message: appearance('dress', 'a remark on her body or clothes in a political post'), line: 1, column: 49, endLine: 1, endColumn: 54, severity: 1}]
    },
    // One finding per span and category: the longer reading wins.
    {
      name: 'en: a phrase and a longer pattern that start together',
      text: 'She is too emotional to lead this committee.',
      errors: [{messageId: 'stereotype', message: stereotype('too emotional to lead', NERVES), line: 1, column: 8, endLine: 1, endColumn: 29, severity: 1}]
    },
    // How near: the subject that opens the clause, or five words in the same clause.
    {
      name: 'pt: the subject that opens the sentence, far from the word',
      text: 'Ela passou a sessão inteira gritando com os colegas como uma histérica.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 62, endLine: 1, endColumn: 71, severity: 1}]
    },
    {
      name: 'pt: the subject that opens a clause after a comma',
      text: 'Na votação de ontem, ela passou a sessão inteira gritando como uma histérica.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 68, endLine: 1, endColumn: 77, severity: 1}]
    },
    {
      name: 'en: five words away is near enough',
      text: 'Today she was loud and very shrill.',
      errors: [{messageId: 'stereotype', message: stereotype('shrill', VOICE), line: 1, column: 29, endLine: 1, endColumn: 35, severity: 1}]
    },
    // Another meaning only in the same phrase: a comma between undoes "sweetheart deals", "to bitch".
    {
      name: 'en: a pet name before “deals”, across a comma',
      text: 'Relax, sweetheart, deals like this take time.',
      errors: [{messageId: 'belittling', message: belittling('sweetheart', PET), line: 1, column: 8, endLine: 1, endColumn: 18, severity: 1}]
    },
    {
      name: 'en: “to” before a slur, across a comma',
      text: 'Sit down and shut up like we told you to, bitch.',
      errors: [{messageId: 'slur', message: slur('bitch', 'an insult reserved for women'), line: 1, column: 43, endLine: 1, endColumn: 48, severity: 2}]
    },
    // An address: standing alone between punctuation, not in a list, not beside a name.
    {
      name: 'es: an insult standing alone',
      text: 'Cállate, histérica.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 10, endLine: 1, endColumn: 19, severity: 1}]
    },
    {
      name: 'pt: an insult between a short phrase and a three-word one is no list',
      text: 'Senta aí, histérica, ninguém te ouve.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 11, endLine: 1, endColumn: 20, severity: 1}]
    },
    {
      name: 'pt: an insult after longer phrases is no list',
      text: 'Já falei mil vezes na tribuna, cala a boca, histérica.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('histérica', NERVES), line: 1, column: 45, endLine: 1, endColumn: 54, severity: 1}]
    },
    {
      name: 'es: two insults and a sentence are no list',
      text: 'Mandona, bruja, nadie te votó.',
      lang: 'es',
      errors: [
        {messageId: 'stereotype', message: stereotype('Mandona', 'calling a woman leader bossy where a man would be decisive'), line: 1, column: 1, endLine: 1, endColumn: 8, severity: 1},
        {messageId: 'stereotype', message: stereotype('bruja', 'the cliché of the wicked woman, the witch'), line: 1, column: 10, endLine: 1, endColumn: 15, severity: 1}
      ]
    },
    {
      name: 'en: a pet name after a dash is an address, though the phrase it ends is long',
      text: 'Really, nobody asked you — sweetie, go home.',
      errors: [{messageId: 'belittling', message: belittling('sweetie', PET), line: 1, column: 28, endLine: 1, endColumn: 35, severity: 1}]
    },
    {
      name: 'en: in a headline every word is capitalised, so a pet name there is beside no name',
      text: 'Sweetie, Nobody Voted For Your Plan',
      errors: [{messageId: 'belittling', message: belittling('Sweetie', PET), line: 1, column: 1, endLine: 1, endColumn: 8, severity: 1}]
    },
    {
      name: 'en: a pet name after a name and a semicolon is no affection',
      text: 'Nice speech today, Governor Hochul; sweetie, nobody is buying it.',
      errors: [{messageId: 'belittling', message: belittling('sweetie', PET), line: 1, column: 37, endLine: 1, endColumn: 44, severity: 1}]
    },
    {
      name: 'pt: a belittling word after thanks is sarcasm, not a pet name (“Obrigada, sabichona!”)',
      text: 'Obrigada, sabichona!',
      lang: 'pt',
      errors: [{messageId: 'belittling', message: belittling('sabichona', DISMISSIVE), line: 1, column: 11, endLine: 1, endColumn: 20, severity: 1}]
    },
    {
      name: 'pt: a belittling word next to a name is no pet name either',
      text: 'Parabéns pelo discurso, Ana, mulherzinha.',
      lang: 'pt',
      errors: [{messageId: 'belittling', message: belittling('mulherzinha', DISMISSIVE), line: 1, column: 30, endLine: 1, endColumn: 41, severity: 1}]
    },
    {
      name: 'en: a pet name at the reader stays reported when the next sentence condemns abuse',
      text: 'Sweetheart, you need to calm down. This language has no place in our politics.',
      errors: [{messageId: 'belittling', message: belittling('Sweetheart', PET), line: 1, column: 1, endLine: 1, endColumn: 11, severity: 1}]
    }
  ]
})
