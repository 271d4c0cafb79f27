// gendered-abuse: who a word is aimed at (rules/lib/abuse-context.ts, the insult frames,
// determiners and copulas before it, women as a group, whose clothes or body a remark is about),
// each pinned by a post that must be flagged or must not, at the edge the code decides.
// Written to kill mutants that survived the existing suite (issue #22).
import {rule} from '../../rules/gendered-abuse.js'
import {misogyny, appearance, stereotype, threat} from '../helpers/gendered-abuse-messages.js'
import {ruleTester} from '../helpers/rule-tester.js'


ruleTester(rule, {
  valid: [
    // An insult frame aims only what follows it in the same phrase; praise is no address.
    {name: 'en: “you” then a comma is no insult frame', text: 'To all of you, shrill partisan attacks won’t change my vote.'},
    {name: 'en: praise is no pet name said to her', text: 'She is such a sweetheart to everyone at the food bank.'},
    // A copula aims an insult at a woman (one, or women) before it, at most five words before.
    {name: 'es: said of a law, with a woman named after it', text: 'La ley parece vieja y hay que cambiarla, dijo la ministra.', lang: 'es'},
    {name: 'es: said of a law, the woman too far before it', text: 'La ministra dijo ayer en el pleno que la ley de aguas parece vieja y hay que cambiarla.', lang: 'es'},
    {name: 'fr: an apposition after her, with no copula', text: 'Ma mère, vieille militante syndicale, a voté dimanche.', lang: 'fr'},
    {name: 'pt: said of no woman', text: 'Nenhuma mulher é louca por querer governar.', lang: 'pt'},
    {name: 'es: an idiom without a copula', text: 'La senadora llegó loca de contenta a la sesión: se aprobó su ley.', lang: 'es'},
    // Women as a group: a verb of hatred before them, a predicate after them (a copula first, or right after them).
    {name: 'en: no woman should die: a condemnation', text: 'No woman should die because she ran for office.'},
    {name: 'en: hating her budget is no contempt for women', text: 'I hate her budget, and I will vote against it.'},
    {name: 'en: a verb across a colon', text: 'What I hate: women being shouted down in every debate.'},
    {name: 'en: a denied verb', text: 'No, I don\'t hate women: I voted against a bad bill.'},
    {name: 'en: a predicate of a bill near one woman', text: 'She says the bill is worthless and will vote no.'},
    {name: 'en: a predicate of a bill far from women', text: 'Women in my district have told me for years that this bill is garbage.'},
    {name: 'en: what they tell me, four words after women, is not said of them', text: 'Women tell me their lives don’t matter to Washington.'},
    {name: 'en: trash they picked up', text: 'Local women picked up trash along the river on Saturday.'},
    {name: 'en: trash they are picking up', text: 'Women are picking up trash along the river today.'},
    {name: 'en: a predicate word right after the group', text: 'Women garbage collectors earn less than men in our city.'},
    // Appearance: whose clothes or body the noun is about.
    {name: 'en: a dress code with no owner', text: 'Congresswoman Ortiz proposed a new dress code for the House floor.'},
    {name: 'en: an official’s smile', text: 'The governor\'s smile said it all when the budget vote passed.'},
    {name: 'en: a chamber’s dress code', text: 'The Senate\'s dress code dates from 1920, and it is time for a vote to update it.'},
    {name: 'en: a feminist campaign, not a feminist’s makeup', text: 'Our office backs the feminist makeup campaign against animal testing.'},
    {name: 'en: a dress for her, not hers', text: 'Our district drive found a dress for her prom.'},
    {name: 'es: the clothes of any woman', text: 'La ministra recordó que la ropa de una mujer en política no es tema de debate.', lang: 'es'},
    {name: 'es: the clothes of any woman, no other named', text: 'La ropa de una mujer en política no es tema de debate.', lang: 'es'},
  ],
  invalid: [
    // Insult frames, and an insult another insult or a determiner aims.
    {
      name: 'en: an insult frame, degree words and all, aims the insult at the reader',
      text: 'You\'re such a hysterical liar.',
      errors: [{messageId: 'stereotype', message: stereotype('hysterical', 'the old idea that women are ruled by their nerves'), line: 1, column: 15, endLine: 1, endColumn: 25, severity: 1}]
    },
    {
      name: 'pt: an insult frame that opens the sentence',
      text: 'Sua louca, ninguém te aguenta mais.', lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('louca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 5, endLine: 1, endColumn: 10, severity: 1}]
    },
    {
      name: 'en: a stereotype aimed at women as a group',
      text: 'Feminists are so shrill.',
      errors: [{messageId: 'stereotype', message: stereotype('shrill', 'mockery of a woman’s voice instead of her words'), line: 1, column: 18, endLine: 1, endColumn: 24, severity: 1}]
    },
    {
      name: 'es: a stereotype aimed at women as a group',
      text: 'Las feministas son unas histéricas.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('histéricas', 'the old idea that women are ruled by their nerves'), line: 1, column: 25, endLine: 1, endColumn: 35, severity: 1}]
    },
    {
      name: 'es: two insults in a row aim each other',
      text: 'Qué asco, gorda loca.', lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('gorda', 'an attack on a woman’s body'), line: 1, column: 11, endLine: 1, endColumn: 16, severity: 1}, {messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 17, endLine: 1, endColumn: 21, severity: 1}]
    },
    {
      name: 'fr: a degree word between the determiner and the insult',
      text: 'C\'est une vraie folle.', lang: 'fr',
      errors: [{messageId: 'stereotype', message: stereotype('folle', 'the claim that a woman is mad rather than wrong'), line: 1, column: 17, endLine: 1, endColumn: 22, severity: 1}]
    },
    {
      name: 'es: a noun phrase that ends the post without a full stop',
      text: 'No le hagan caso a esa loca', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 24, endLine: 1, endColumn: 28, severity: 1}]
    },
    {
      name: 'es: a noun phrase that ends at a comma',
      text: 'No le hagan caso a esa loca, otra vez miente.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 24, endLine: 1, endColumn: 28, severity: 1}]
    },
    {
      name: 'fr: a noun phrase that ends at a spaced colon',
      text: 'Encore cette folle : elle recommence.', lang: 'fr',
      errors: [{messageId: 'stereotype', message: stereotype('folle', 'the claim that a woman is mad rather than wrong'), line: 1, column: 14, endLine: 1, endColumn: 19, severity: 1}]
    },
    // After a copula, said of her.
    {
      name: 'es: a copula and a degree word after her',
      text: 'La diputada sigue tan loca como siempre.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 23, endLine: 1, endColumn: 27, severity: 1}]
    },
    {
      name: 'es: her five words before the copula',
      text: 'La diputada de mi distrito ahora sigue loca por el poder.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 40, endLine: 1, endColumn: 44, severity: 1}]
    },
    {
      name: 'es: said of one woman while another is named after it',
      text: 'La senadora sigue loca de celos de la ministra.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 19, endLine: 1, endColumn: 23, severity: 1}]
    },
    {
      name: 'es: “está”, a copula that folds to the determiner “esta”',
      text: 'La diputada está loca por el poder.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('loca', 'the claim that a woman is mad rather than wrong'), line: 1, column: 18, endLine: 1, endColumn: 22, severity: 1}]
    },
    {
      name: 'es: said of women as a group',
      text: 'Esas diputadas están locas si creen que vamos a votar su ley.', lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('locas', 'the claim that a woman is mad rather than wrong'), line: 1, column: 22, endLine: 1, endColumn: 27, severity: 1}]
    },
    // Contempt for women as a group: negations only deny inside their window.
    {
      name: 'en: a negation later in the sentence does not deny the contempt',
      text: 'Feminists are scum and I will never apologise for saying it.',
      errors: [{messageId: 'misogyny', message: misogyny('Feminists are scum', 'talk of women as less than human'), line: 1, column: 1, endLine: 1, endColumn: 19, severity: 2}]
    },
    {
      name: 'en: a negation three words before the verb does not deny it',
      text: 'Sorry not sorry, I hate feminists.',
      errors: [{messageId: 'misogyny', message: misogyny('hate feminists', 'hatred of women as a group'), line: 1, column: 20, endLine: 1, endColumn: 34, severity: 2}]
    },
    {
      name: 'en: “No,” before women does not deny what follows',
      text: 'No, women are garbage.',
      errors: [{messageId: 'misogyny', message: misogyny('women are garbage', 'talk of women as less than human'), line: 1, column: 5, endLine: 1, endColumn: 22, severity: 2}]
    },
    {
      name: 'es: a predicate five words after the group',
      text: 'Las mujeres de este país son basura.', lang: 'es',
      errors: [{messageId: 'misogyny', message: misogyny('mujeres de este país son basura', 'talk of women as less than human'), line: 1, column: 5, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'en: a death wish two words after the group',
      text: 'All these feminists deserve to die.',
      errors: [{messageId: 'threat', message: threat('feminists deserve to die', 'a wish for a woman’s death'), line: 1, column: 11, endLine: 1, endColumn: 35, severity: 2}]
    },
    {
      name: 'en: a death wish three words after the group',
      text: 'Women in politics deserve to die.',
      errors: [{messageId: 'threat', message: threat('Women in politics deserve to die', 'a wish for a woman’s death'), line: 1, column: 1, endLine: 1, endColumn: 33, severity: 2}]
    },
    {
      name: 'es: a restriction after a negation',
      text: 'Las feministas no son más que basura.', lang: 'es',
      errors: [{messageId: 'misogyny', message: misogyny('feministas no son más que basura', 'talk of women as less than human'), line: 1, column: 5, endLine: 1, endColumn: 37, severity: 2}]
    },
    {
      name: 'en: a degree word between the copula and the predicate',
      text: 'Women are so disgusting.',
      errors: [{messageId: 'misogyny', message: misogyny('Women are so disgusting', 'talk of women as less than human'), line: 1, column: 1, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'pt: a determiner between the copula and the predicate',
      text: 'As feministas são umas baratas.', lang: 'pt',
      errors: [{messageId: 'misogyny', message: misogyny('feministas são umas baratas', 'talk of women as less than human'), line: 1, column: 4, endLine: 1, endColumn: 31, severity: 2}]
    },
    // Her clothes: an owner before the noun, or after “of”.
    {
      name: 'en: an official’s dress',
      text: 'The senator\'s dress at the hearing was a disaster.',
      errors: [{messageId: 'appearance', message: appearance('dress', 'a remark on her body or clothes in a political post'), line: 1, column: 15, endLine: 1, endColumn: 20, severity: 1}]
    },
    {
      name: 'en: an owner two words before the noun, past an adjective',
      text: 'The senator wore that red dress to the budget hearing again.',
      errors: [{messageId: 'appearance', message: appearance('dress', 'a remark on her body or clothes in a political post'), line: 1, column: 27, endLine: 1, endColumn: 32, severity: 1}]
    },
    {
      name: 'es: her clothes in a sentence that also names women as a group',
      text: 'El vestido de la diputada en la sesión fue un insulto a las mujeres.',
      lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('vestido', 'a remark on her body or clothes in a political post'), line: 1, column: 4, endLine: 1, endColumn: 11, severity: 1}]
    },
    {
      name: 'pt: “dela” after the noun',
      text: 'O decote dela na sessão foi um escândalo.', lang: 'pt',
      errors: [{messageId: 'appearance', message: appearance('decote', 'a remark on her body or clothes in a political post'), line: 1, column: 3, endLine: 1, endColumn: 9, severity: 1}]
    },
    {
      name: 'pt: an official after “da”',
      text: 'O decote da ministra na sessão foi um escândalo.', lang: 'pt',
      errors: [{messageId: 'appearance', message: appearance('decote', 'a remark on her body or clothes in a political post'), line: 1, column: 3, endLine: 1, endColumn: 9, severity: 1}]
    },
    {
      name: 'es: an official two words after “de”',
      text: 'El vestido de la diputada en la sesión fue un escándalo.', lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('vestido', 'a remark on her body or clothes in a political post'), line: 1, column: 4, endLine: 1, endColumn: 11, severity: 1}]
    },
  ]
})
