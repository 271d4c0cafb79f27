// gendered-abuse in English, Spanish, French and Portuguese: each context pattern of
// issue 18 as a must-flag or a must-not, in every language; the condemnation cases (a
// post that quotes a slur to condemn it); exact messages in every locale; and the
// lexicons' own checks (reason keys, sources, patterns against their examples).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {mask, rule} from '../../rules/gendered-abuse.js'
import type {LexiconFile} from '../../rules/lib/abuse-lexicon.js'
import {lexiconPattern} from '../../rules/lib/patterns.js'
import {LANGUAGES} from '../../src/lang/languages.js'
import {slur, misogyny, sexualised, appearance, stereotype, belittling, threat, quoting} from '../helpers/gendered-abuse-messages.js'
import {checkInvalid, ruleTester} from '../helpers/rule-tester.js'

const suggest = (masked: string, range: [number, number], text: string) => [{desc: `Write “${masked}”.`, fix: {range, text: masked}, output: text.slice(0, range[0]) + masked + text.slice(range[1])}]

const CLOTHES = 'a remark on her body or clothes in a political post'
const PET = 'a pet name used to talk down to a woman'
const VIOLENCE = 'a threat of violence against a woman'
const DESERVES = 'the claim that a woman deserves violence'
const HOME = 'the idea that a woman’s place is at home, not in politics'
const LESS_THAN_HUMAN = 'talk of women as less than human'

ruleTester(rule, {
  valid: [
    // A real name, not a capitalised run: words capitalised inside a sentence, or before another name.
    {name: 'en: a name and a county', text: 'Great meeting with Mayor Dick Harper in Hooker County today.'},
    {name: 'en: a team name', text: 'Thanks to the Washington State Cougars for hosting our town hall.'},
    {name: 'es: a place name', text: 'Recorrimos la Ciudad Vieja de Montevideo con vecinos y comerciantes.', lang: 'es'},
    {name: 'fr: a street name', text: 'Visite des commerces de la rue Poissonnière ce matin avec les élus.', lang: 'fr'},
    {name: 'pt: a town name', text: 'Visitamos Piranhas, em Alagoas, para discutir a seca no sertão.', lang: 'pt'},
    // Threats are a verb of violence with her as object after a cue: not a bill, an election, a portrait.
    {name: 'en: kill the bill', text: 'This amendment will kill the bill in committee.'},
    {name: 'en: beating her in an election', text: 'We will beat her in November.'},
    {name: 'en: hanging a portrait', text: 'We’ll hang the new portrait of Justice Ginsburg in the hall next week.'},
    {name: 'en: “her” before a noun is a possessive, not an object', text: 'We should kill her amendment in committee.'},
    {name: 'es: two birds with one stone', text: 'Vamos a matar dos pájaros de un tiro con esta ley.', lang: 'es'},
    {name: 'fr: nip in the bud', text: 'Il faut tuer dans l’œuf ce projet de loi.', lang: 'fr'},
    {name: 'fr: beating the incumbent', text: 'Elle a battu le député sortant de douze points : bravo !', lang: 'fr'},
    {name: 'pt: taking a bridge day', text: 'Muita gente vai enforcar a sexta-feira depois do feriado.', lang: 'pt'},
    {name: 'pt: statistics on violence against women', text: 'Uma mulher é morta a cada seis horas no Brasil; precisamos de mais delegacias.', lang: 'pt'},
    // A general remark on looks in a sentence that mentions women is not aimed at one woman.
    {name: 'en: women in general and their clothes', text: 'Women in politics shouldn’t be judged by their clothes or their weight.'},
    {name: 'en: “ugly” describes the attacks, not a woman', text: 'The ugly attacks on women candidates must end.'},
    {name: 'en: her smile outside politics (a memorial)', text: 'We will miss her smile and her kindness.'},
    {name: 'es: no woman in particular', text: 'Ninguna mujer en política debería ser juzgada por su ropa o su peso.', lang: 'es'},
    {name: 'fr: women in general', text: 'Les femmes qui font de la politique ne devraient pas être jugées sur leur tenue.', lang: 'fr'},
    {name: 'pt: no woman in particular', text: 'Nenhuma mulher na política deve ser julgada pela roupa que veste.', lang: 'pt'},
    // A slur word as a verb, an exclamation or an intensifier is aimed at no woman.
    {name: 'en: “bitch” as a verb', text: 'Everyone likes to bitch about potholes, so we fixed 400 of them.'},
    {name: 'es: “puta” as an intensifier', text: 'La puta verdad es que no hay plata.', lang: 'es'},
    {name: 'fr: “putain” as an exclamation', text: 'Putain, quelle séance interminable ce soir !', lang: 'fr'},
    {name: 'fr: “putain de” as an intensifier', text: 'Cette putain de réforme des retraites passe encore en force.', lang: 'fr'},
    {name: 'pt: “puta merda”', text: 'Puta merda, perdemos o prazo da emenda por um dia.', lang: 'pt'},
    {name: 'pt: “estar puta” is to be furious', text: 'Minha mãe tá puta comigo porque cheguei tarde.', lang: 'pt'},
    // Affectionate address: right after a greeting or thanks, or next to a name.
    {name: 'en: to a spouse', text: 'Happy anniversary, sweetheart! 25 years and counting.'},
    {name: 'es: thanks', text: 'Gracias, cariño, por acompañarme en toda la campaña.', lang: 'es'},
    {name: 'fr: a Québec thank-you to a volunteer', text: 'Merci ma belle Julie pour ton aide à la cuisine collective !', lang: 'fr'},
    {name: 'pt: a warm thank-you', text: 'Obrigada, querida Ana, pelo carinho na visita à creche!', lang: 'pt'},
    // A negated remark refuses appearance talk; a title is not an address.
    {name: 'en: a refused remark', text: 'I won’t comment on the senator’s dress; her bill is what matters.'},
    {name: 'es: a refused remark', text: 'No voy a hablar del vestido de la ministra: hablemos de su reforma.', lang: 'es'},
    {name: 'fr: a refused remark', text: 'Je ne parlerai pas de la robe de la ministre, mais de son budget.', lang: 'fr'},
    {name: 'pt: a refused remark', text: 'Não vou falar do vestido da senadora, vou falar do projeto dela.', lang: 'pt'},
    {name: 'en: a title', text: 'Madam Speaker, I yield back the balance of my time.'},
    {name: 'es: a festival title', text: '¡Felicidades a la reina de la Vendimia de Mendoza!', lang: 'es'},
    {name: 'fr: a title', text: 'Félicitations à Miss France, venue de Guadeloupe.', lang: 'fr'},
    {name: 'pt: a title', text: 'A Princesa Isabel assinou a Lei Áurea em 1888.', lang: 'pt'},
    // Other meanings of the words.
    {name: 'en: denying contempt is not contempt', text: 'Women are not trash, and no one should say so.'},
    {name: 'es: “el odio” is a noun', text: 'El odio a las mujeres no tiene cabida en este Congreso.', lang: 'es'},
    {name: 'es: an adjective of an idea', text: 'Es una idea loca, pero puede funcionar.', lang: 'es'},
    {name: 'es: a fox', text: 'La zorra gris es una especie protegida en la reserva.', lang: 'es'},
    {name: 'fr: a negation', text: 'Les femmes ne sont pas des objets.', lang: 'fr'},
    {name: 'fr: an adjective of an idea', text: 'C’est une idée folle, mais elle peut marcher.', lang: 'fr'},
    {name: 'fr: a police dog', text: 'La chienne de la brigade cynophile a retrouvé l’enfant disparu.', lang: 'fr'},
    {name: 'pt: reported, to reject it', text: 'Quem diz que as mulheres são inferiores não entende nada de política.', lang: 'pt'},
    {name: 'pt: an adjective of a week', text: 'Foi uma semana louca na Câmara, mas aprovamos o projeto.', lang: 'pt'},
    {name: 'pt: a fish', text: 'A piranha é um peixe importante para a pesca no Pantanal.', lang: 'pt'},
    {name: 'pt: the counter-slogan', text: 'Lugar de mulher é onde ela quiser, inclusive na política.', lang: 'pt'},
    // Quoted threats, reported to the police: condemnation, not abuse.
    {name: 'en: a quoted threat', text: 'Someone wrote “she should be raped” under my post. I reported it to the Capitol Police.'},
    {name: 'es: a quoted threat', text: 'Me escribieron «ojalá te mueras»; ya presenté la denuncia ante la fiscalía.', lang: 'es'},
    {name: 'fr: a quoted threat', text: 'On m’a écrit « qu’elle crève ». Ces menaces ont été signalées à la police.', lang: 'fr'},
    {name: 'pt: a quoted threat', text: 'Recebi a mensagem “tomara que morra” e registrei boletim de ocorrência.', lang: 'pt'},
    // A list of the insults she receives, condemned in the next sentence, addresses no one.
    {name: 'es: a list of insults, condemned', text: 'Loca, histérica, guarra, amargada: así llaman cada día a las concejalas. Es violencia política.', lang: 'es'},
    {name: 'pt: a hen in a children’s song, quoted', text: 'Cantamos “a galinha pintadinha” com as crianças na creche.', lang: 'pt'},
    {name: 'pt: a possessive is no insult frame', text: 'Ele só repete suas ideias loucas sobre a economia.', lang: 'pt'},
    {name: 'es: animal words listed in parentheses', text: 'No usemos animales para insultar (perra, rata, burro, lagarto): respetemos a todos.', lang: 'es'},
    // Options.
    {name: 'an allowed word', text: 'Proud to march with the slut walk today.', options: {allow: ['slut']}},
    {name: 'a condemning post, with the masking suggestion off', text: 'They called her a “whore” for running. Enough.', options: {quotedSlurs: false}},
  ],
  invalid: [
    // A slur in title case among capitalised words: a headline, not a name.
    {
      name: 'en: a headline',
      text: 'Statement On The Bitch From District Nine: We Won’t Back Down.',
      errors: [{messageId: 'slur', message: slur('Bitch', 'an insult reserved for women'), line: 1, column: 18, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'es: a headline',
      text: 'Comunicado Para La Pendeja De La Comisión: Renuncie Ya.',
      lang: 'es',
      errors: [{messageId: 'slur', message: slur('Pendeja', 'an insult reserved for women'), line: 1, column: 20, endLine: 1, endColumn: 27, severity: 2}]
    },
    {
      name: 'fr: a headline',
      text: 'Réponse À Cette Salope De La Majorité : Non Merci.',
      lang: 'fr',
      errors: [{messageId: 'slur', message: slur('Salope', 'a sexual slur for a woman'), line: 1, column: 17, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'pt: a headline',
      text: 'Resposta À Vagabunda Da Oposição: Não Passará.',
      lang: 'pt',
      errors: [{messageId: 'slur', message: slur('Vagabunda', 'a sexual slur for a woman'), line: 1, column: 12, endLine: 1, endColumn: 21, severity: 2}]
    },
    {
      name: 'en: a capitalised word before a title is no name',
      text: 'Frumpy Councilwoman Lee needs a new stylist before the debate.',
      errors: [{messageId: 'appearance', message: appearance('Frumpy', CLOTHES), line: 1, column: 1, endLine: 1, endColumn: 7, severity: 1}]
    },
    // A bare "stop" or "enough" does not turn a slur aimed at the reader into a mention.
    {
      name: 'en: “stop” and a slur at the reader',
      text: 'Stop lying, Congresswoman, you’re a lying whore.',
      errors: [{messageId: 'slur', message: slur('whore', 'a word that calls a woman a prostitute'), line: 1, column: 43, endLine: 1, endColumn: 48, severity: 2}]
    },
    {
      name: 'es: “basta” and a slur at the reader',
      text: '¡Basta ya, senadora, eres una zorra!',
      lang: 'es',
      errors: [{messageId: 'slur', message: slur('zorra', 'a sexual slur for a woman'), line: 1, column: 31, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'fr: “ça suffit” and an insult frame',
      text: 'Ça suffit, espèce de connasse, rends ton siège.',
      lang: 'fr',
      errors: [{messageId: 'slur', message: slur('connasse', 'an insult reserved for women'), line: 1, column: 22, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'pt: “chega” and a vocative “sua”',
      text: 'Chega de mentir, sua vaca!',
      lang: 'pt',
      errors: [{messageId: 'slur', message: slur('vaca', 'an insult that compares a woman to an animal'), line: 1, column: 22, endLine: 1, endColumn: 26, severity: 2}]
    },
    // Condemnation that quotes or reports the slur: a warning that suggests masking it, in every language.
    {
      name: 'en: a quoted slur, condemned',
      text: 'Calling a woman a “bitch” for running for office is unacceptable.',
      errors: [{messageId: 'repeated-slur', message: quoting('bitch', 'b***h'), line: 1, column: 20, endLine: 1, endColumn: 25, severity: 1, suggestions: suggest('b***h', [19, 24], 'Calling a woman a “bitch” for running for office is unacceptable.')}]
    },
    {
      name: 'en: a reported slur, condemned in the next sentence',
      text: 'Trolls called my colleague a whore this week. This abuse must end.',
      errors: [{messageId: 'repeated-slur', message: quoting('whore', 'w***e'), line: 1, column: 30, endLine: 1, endColumn: 35, severity: 1, suggestions: suggest('w***e', [29, 34], 'Trolls called my colleague a whore this week. This abuse must end.')}]
    },
    {
      // A one-word sentence addresses no one: the condemnation in the sentence before makes it a mention.
      name: 'en: a listed slur, condemned in the sentence before',
      text: 'I condemn the messages sent to our councillor this week. Bitch. Dozens of times a day.',
      errors: [{messageId: 'repeated-slur', message: quoting('Bitch', 'B***h'), line: 1, column: 58, endLine: 1, endColumn: 63, severity: 1, suggestions: suggest('B***h', [57, 62], 'I condemn the messages sent to our councillor this week. Bitch. Dozens of times a day.')}]
    },
    {
      name: 'en: a campaign hashtag',
      text: 'Bitch. That is what they call women candidates online. #NotTheCost',
      errors: [{messageId: 'repeated-slur', message: quoting('Bitch', 'B***h'), line: 1, column: 1, endLine: 1, endColumn: 6, severity: 1, suggestions: suggest('B***h', [0, 5], 'Bitch. That is what they call women candidates online. #NotTheCost')}]
    },
    {
      name: 'es: a quoted slur, condemned',
      text: 'Llamar «puta» a una diputada es violencia política.',
      lang: 'es',
      errors: [{messageId: 'repeated-slur', message: quoting('puta', 'p**a'), line: 1, column: 9, endLine: 1, endColumn: 13, severity: 1, suggestions: suggest('p**a', [8, 12], 'Llamar «puta» a una diputada es violencia política.')}]
    },
    {
      name: 'es: a reported slur',
      text: 'A la senadora la llamaron zorra en redes; exigimos una sanción.',
      lang: 'es',
      errors: [{messageId: 'repeated-slur', message: quoting('zorra', 'z***a'), line: 1, column: 27, endLine: 1, endColumn: 32, severity: 1, suggestions: suggest('z***a', [26, 31], 'A la senadora la llamaron zorra en redes; exigimos una sanción.')}]
    },
    {
      name: 'fr: a quoted slur, condemned',
      text: 'Traiter une élue de « salope » est une violence politique.',
      lang: 'fr',
      errors: [{messageId: 'repeated-slur', message: quoting('salope', 's****e'), line: 1, column: 23, endLine: 1, endColumn: 29, severity: 1, suggestions: suggest('s****e', [22, 28], 'Traiter une élue de « salope » est une violence politique.')}]
    },
    {
      name: 'fr: a reported slur, condemned',
      text: 'Hier, un internaute l’a traitée de pute. Je condamne ces propos.',
      lang: 'fr',
      errors: [{messageId: 'repeated-slur', message: quoting('pute', 'p**e'), line: 1, column: 36, endLine: 1, endColumn: 40, severity: 1, suggestions: suggest('p**e', [35, 39], 'Hier, un internaute l’a traitée de pute. Je condamne ces propos.')}]
    },
    {
      name: 'pt: a quoted slur, condemned',
      text: 'Chamar uma mulher de “vagabunda” é violência política.',
      lang: 'pt',
      errors: [{messageId: 'repeated-slur', message: quoting('vagabunda', 'v*******a'), line: 1, column: 23, endLine: 1, endColumn: 32, severity: 1, suggestions: suggest('v*******a', [22, 31], 'Chamar uma mulher de “vagabunda” é violência política.')}]
    },
    {
      name: 'pt: a reported slur, condemned',
      text: 'Ontem chamaram a deputada de vaca nas redes. Repudio esse ataque.',
      lang: 'pt',
      errors: [{messageId: 'repeated-slur', message: quoting('vaca', 'v**a'), line: 1, column: 30, endLine: 1, endColumn: 34, severity: 1, suggestions: suggest('v**a', [29, 33], 'Ontem chamaram a deputada de vaca nas redes. Repudio esse ataque.')}]
    },
    // A slur followed by a full stop and a lower-case word.
    {
      name: 'en: a full stop before a lower-case word',
      text: 'The senator voted no again, that skank. honestly nobody cares.',
      errors: [{messageId: 'slur', message: slur('skank', 'a sexual slur for a woman'), line: 1, column: 34, endLine: 1, endColumn: 39, severity: 2}]
    },
    {
      name: 'es: a full stop before a lower-case word',
      text: 'Votó en contra otra vez la diputada, esa pendeja. nadie la soporta.',
      lang: 'es',
      errors: [{messageId: 'slur', message: slur('pendeja', 'an insult reserved for women'), line: 1, column: 42, endLine: 1, endColumn: 49, severity: 2}]
    },
    {
      name: 'fr: a full stop before a lower-case word',
      text: 'Encore une sortie de la sénatrice, cette pétasse. franchement on s’en passerait.',
      lang: 'fr',
      errors: [{messageId: 'slur', message: slur('pétasse', 'a sexual slur for a woman'), line: 1, column: 42, endLine: 1, endColumn: 49, severity: 2}]
    },
    {
      name: 'pt: a full stop before a lower-case word',
      text: 'Mais uma mentira da vereadora, essa vadia. ninguém aguenta mais.',
      lang: 'pt',
      errors: [{messageId: 'slur', message: slur('vadia', 'a sexual slur for a woman'), line: 1, column: 37, endLine: 1, endColumn: 42, severity: 2}]
    },
    // Threats as a verb of violence with her as object, in words no fixed phrase lists.
    {
      name: 'en: a cue, a verb, a woman object',
      text: 'Somebody should put a bullet in that congresswoman.',
      errors: [{messageId: 'threat', message: threat('put a bullet in that congresswoman', VIOLENCE), line: 1, column: 17, endLine: 1, endColumn: 51, severity: 2}]
    },
    {
      name: 'en: an order',
      text: 'String her up on the courthouse steps.',
      errors: [{messageId: 'threat', message: threat('String her', VIOLENCE), line: 1, column: 1, endLine: 1, endColumn: 11, severity: 2}]
    },
    {
      name: 'en: a participle after “deserves to be”',
      text: 'She deserves to be beaten for that vote.',
      errors: [{messageId: 'threat', message: threat('She deserves to be beaten', DESERVES), line: 1, column: 1, endLine: 1, endColumn: 26, severity: 2}]
    },
    {
      name: 'es: a cue, a verb, a woman object',
      text: 'Hay que matar a la ministra.',
      lang: 'es',
      errors: [{messageId: 'threat', message: threat('matar a la ministra', VIOLENCE), line: 1, column: 9, endLine: 1, endColumn: 28, severity: 2}]
    },
    {
      name: 'fr: the object pronoun before the verb',
      text: 'Il faut la tuer, cette députée.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('Il faut la tuer', VIOLENCE), line: 1, column: 1, endLine: 1, endColumn: 16, severity: 2}]
    },
    {
      name: 'fr: a feminine participle',
      text: 'Cette ministre mérite d’être violée.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('mérite d’être violée', DESERVES), line: 1, column: 16, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'pt: a cue, a verb, a woman object',
      text: 'Alguém devia dar um tiro nessa prefeita.',
      lang: 'pt',
      errors: [{messageId: 'threat', message: threat('dar um tiro nessa prefeita', VIOLENCE), line: 1, column: 14, endLine: 1, endColumn: 40, severity: 2}]
    },
    {
      name: 'en: a slur names a woman, and the threat is aimed at her',
      text: 'This whore deserves to be shot.',
      errors: [
        {messageId: 'slur', message: slur('whore', 'a word that calls a woman a prostitute'), line: 1, column: 6, endLine: 1, endColumn: 11, severity: 2},
        {messageId: 'threat', message: threat('deserves to be shot', DESERVES), line: 1, column: 12, endLine: 1, endColumn: 31, severity: 2}
      ]
    },
    {
      name: 'en: a death wish for one woman',
      text: 'She should die.',
      errors: [{messageId: 'threat', message: threat('She should die', 'a wish for a woman’s death'), line: 1, column: 1, endLine: 1, endColumn: 15, severity: 2}]
    },
    // Appearance: her clothes, body or smile in a political sentence, with no listed insult.
    {
      name: 'en: her dress',
      text: 'Maybe the senator should spend less on that red dress and more time reading the bill.',
      errors: [{messageId: 'appearance', message: appearance('dress', CLOTHES), line: 1, column: 49, endLine: 1, endColumn: 54, severity: 1}]
    },
    {
      name: 'en: her smile at a hearing',
      text: 'Her fake smile at the hearing tells you everything about her.',
      errors: [{messageId: 'appearance', message: appearance('smile', CLOTHES), line: 1, column: 10, endLine: 1, endColumn: 15, severity: 1}]
    },
    {
      name: 'es: that dress of hers',
      text: 'La diputada debería cambiarse ese vestido antes de hablar de presupuesto.',
      lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('vestido', CLOTHES), line: 1, column: 35, endLine: 1, endColumn: 42, severity: 1}]
    },
    {
      name: 'fr: her smile',
      text: 'Avec son sourire de pub, la candidate ne convainc personne.',
      lang: 'fr',
      errors: [{messageId: 'appearance', message: appearance('sourire', CLOTHES), line: 1, column: 10, endLine: 1, endColumn: 17, severity: 1}]
    },
    {
      name: 'pt: the minister’s neckline',
      text: 'O decote da ministra chamou mais atenção que o discurso.',
      lang: 'pt',
      errors: [{messageId: 'appearance', message: appearance('decote', CLOTHES), line: 1, column: 3, endLine: 1, endColumn: 9, severity: 1}]
    },
    // Condescending address in a political reply.
    {
      name: 'en: after “nice try”',
      text: 'Nice try, sweetie, but the numbers don’t add up.',
      errors: [{messageId: 'belittling', message: belittling('sweetie', PET), line: 1, column: 11, endLine: 1, endColumn: 18, severity: 1}]
    },
    {
      name: 'en: thanks for a lecture is no thank-you',
      text: 'Thanks for the lecture, honey.',
      errors: [{messageId: 'belittling', message: belittling('honey', PET), line: 1, column: 25, endLine: 1, endColumn: 30, severity: 1}]
    },
    {
      name: 'es: a rebuke',
      text: 'Mira, bonita, los números no mienten.',
      lang: 'es',
      errors: [{messageId: 'belittling', message: belittling('bonita', PET), line: 1, column: 7, endLine: 1, endColumn: 13, severity: 1}]
    },
    {
      name: 'fr: a rebuke',
      text: 'Bien essayé, ma chérie, mais les chiffres sont contre toi.',
      lang: 'fr',
      errors: [{messageId: 'belittling', message: belittling('ma chérie', PET), line: 1, column: 14, endLine: 1, endColumn: 23, severity: 1}]
    },
    {
      name: 'pt: calm down, dear',
      text: 'Calma, querida, deixa os adultos discutirem o orçamento.',
      lang: 'pt',
      errors: [{messageId: 'belittling', message: belittling('Calma, querida', 'dismissing a woman’s argument as emotion'), line: 1, column: 1, endLine: 1, endColumn: 15, severity: 1}]
    },
    {
      name: 'fr: a masculine title for a woman minister',
      text: 'Madame le ministre, vos chiffres sont faux.',
      lang: 'fr',
      errors: [{messageId: 'belittling', message: belittling('Madame le ministre', 'a masculine title for a woman who holds the office'), line: 1, column: 1, endLine: 1, endColumn: 19, severity: 1}]
    },
    // Contempt for women as a group.
    {
      name: 'en: a verb of hatred',
      text: 'I hate women who talk back.',
      errors: [{messageId: 'misogyny', message: misogyny('hate women', 'hatred of women as a group'), line: 1, column: 3, endLine: 1, endColumn: 13, severity: 2}]
    },
    {
      name: 'en: women after a copula',
      text: 'Women are trash.',
      errors: [{messageId: 'misogyny', message: misogyny('Women are trash', LESS_THAN_HUMAN), line: 1, column: 1, endLine: 1, endColumn: 16, severity: 2}]
    },
    {
      name: 'es: women after a copula',
      text: 'Las mujeres son basura.',
      lang: 'es',
      errors: [{messageId: 'misogyny', message: misogyny('mujeres son basura', LESS_THAN_HUMAN), line: 1, column: 5, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'fr: women after a copula',
      text: 'Les femmes sont des ordures.',
      lang: 'fr',
      errors: [{messageId: 'misogyny', message: misogyny('femmes sont des ordures', LESS_THAN_HUMAN), line: 1, column: 5, endLine: 1, endColumn: 28, severity: 2}]
    },
    {
      name: 'pt: women after a copula',
      text: 'As mulheres são lixo.',
      lang: 'pt',
      errors: [{messageId: 'misogyny', message: misogyny('mulheres são lixo', LESS_THAN_HUMAN), line: 1, column: 4, endLine: 1, endColumn: 21, severity: 2}]
    },
    // The other categories, aimed at a woman by the sentence's structure.
    {
      name: 'en: stereotypes after a copula and “and”',
      text: 'She is so hysterical and shrill.',
      errors: [
        {messageId: 'stereotype', message: stereotype('hysterical', 'the old idea that women are ruled by their nerves'), line: 1, column: 11, endLine: 1, endColumn: 21, severity: 1},
        {messageId: 'stereotype', message: stereotype('shrill', 'mockery of a woman’s voice instead of her words'), line: 1, column: 26, endLine: 1, endColumn: 32, severity: 1}
      ]
    },
    {
      name: 'en: sexualised',
      text: 'The new minister is pure eye candy.',
      errors: [{messageId: 'sexualised', message: sexualised('eye candy', 'a remark that treats a woman as a sexual object'), line: 1, column: 26, endLine: 1, endColumn: 35, severity: 1}]
    },
    {
      name: 'en: a stereotype pattern',
      text: 'Women belong in the kitchen, not in the Senate.',
      errors: [{messageId: 'stereotype', message: stereotype('Women belong in the kitchen', HOME), line: 1, column: 1, endLine: 1, endColumn: 28, severity: 1}]
    },
    {
      name: 'es: a slur phrase',
      text: 'La nueva regidora es una cualquiera.',
      lang: 'es',
      errors: [{messageId: 'slur', message: slur('una cualquiera', 'a sexual slur for a woman'), line: 1, column: 22, endLine: 1, endColumn: 36, severity: 2}]
    },
    {
      name: 'es: an adjective used as a noun for her',
      text: 'Esa gorda no sabe nada.',
      lang: 'es',
      errors: [{messageId: 'appearance', message: appearance('gorda', 'an attack on a woman’s body'), line: 1, column: 5, endLine: 1, endColumn: 10, severity: 1}]
    },
    {
      name: 'es: said of her with a copula',
      text: 'La presidenta está hormonal, no le hagan caso.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('hormonal', 'the claim that a woman’s views are hormones'), line: 1, column: 20, endLine: 1, endColumn: 28, severity: 1}]
    },
    {
      name: 'es: sexualised',
      text: 'Le falta un macho a la ministra, por eso anda tan enojada.',
      lang: 'es',
      errors: [{messageId: 'sexualised', message: sexualised('Le falta un macho', 'the claim that a woman needs a man or sex to calm down'), line: 1, column: 1, endLine: 1, endColumn: 18, severity: 1}]
    },
    {
      name: 'es: a stereotype pattern',
      text: 'Las mujeres solo sirven para tener hijos, no para legislar.',
      lang: 'es',
      errors: [{messageId: 'stereotype', message: stereotype('Las mujeres solo sirven para tener hijos', HOME), line: 1, column: 1, endLine: 1, endColumn: 41, severity: 1}]
    },
    {
      name: 'fr: a stereotype said of her',
      text: 'La ministre est hystérique dès qu’on la contredit.',
      lang: 'fr',
      errors: [{messageId: 'stereotype', message: stereotype('hystérique', 'the old idea that women are ruled by their nerves'), line: 1, column: 17, endLine: 1, endColumn: 27, severity: 1}]
    },
    {
      name: 'fr: sexualised',
      text: 'Cette allumeuse a charmé la commission pour obtenir son budget.',
      lang: 'fr',
      errors: [{messageId: 'sexualised', message: sexualised('allumeuse', 'a slur that calls a woman a tease'), line: 1, column: 7, endLine: 1, endColumn: 16, severity: 1}]
    },
    {
      name: 'fr: “sa place est à la maison”',
      text: 'Sa place est à la maison, pas à l’Assemblée, à cette élue.',
      lang: 'fr',
      errors: [{messageId: 'stereotype', message: stereotype('Sa place est à la maison', HOME), line: 1, column: 1, endLine: 1, endColumn: 25, severity: 1}]
    },
    {
      name: 'fr: a death wish',
      text: 'Qu’elle crève, cette ministre, avec sa réforme.',
      lang: 'fr',
      errors: [{messageId: 'threat', message: threat('Qu’elle crève', 'a wish for a woman’s death'), line: 1, column: 1, endLine: 1, endColumn: 14, severity: 2}]
    },
    {
      name: 'pt: a stereotype said of her',
      text: 'A senadora é burra demais para entender o orçamento.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('burra', 'the stereotype that women are stupid'), line: 1, column: 14, endLine: 1, endColumn: 19, severity: 1}]
    },
    {
      name: 'pt: sexualised',
      text: 'Essa gostosa devia posar para revista, deputada.',
      lang: 'pt',
      errors: [{messageId: 'sexualised', message: sexualised('gostosa', 'a remark that treats a woman as a sexual object'), line: 1, column: 6, endLine: 1, endColumn: 13, severity: 1}]
    },
    {
      name: 'pt: “lugar de mulher é na cozinha”',
      text: 'Lugar de mulher é na cozinha, não no plenário.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('Lugar de mulher é na cozinha', HOME), line: 1, column: 1, endLine: 1, endColumn: 29, severity: 1}]
    },
    {
      name: 'pt: “vai lavar louça” (not “louca”)',
      text: 'Vai lavar louça, deputada, e deixa a política pra quem entende.',
      lang: 'pt',
      errors: [{messageId: 'stereotype', message: stereotype('Vai lavar louça', HOME), line: 1, column: 1, endLine: 1, endColumn: 16, severity: 1}]
    }
  ]
})

describe('gendered-abuse messages in every locale', () => {
  it.each([
    ['es', '¡Basta ya, senadora, eres una zorra!', 'slur', '«zorra» es un insulto machista (un insulto sexual contra una mujer). No lo publique nunca: critique lo que ella dice o hace, no que sea mujer.', 31, 36, 2],
    ['es', 'Las mujeres son basura.', 'misogyny', '«mujeres son basura» es desprecio hacia las mujeres (hablar de las mujeres como si no fueran humanas). Una cuenta oficial nunca lo publica: pronúnciese en su contra.', 5, 23, 2],
    ['es', 'Le falta un macho a la ministra, por eso anda tan enojada.', 'sexualised', '«Le falta un macho» sexualiza a una mujer con vida pública (la idea de que a una mujer le falta un hombre o sexo). Hable de su trabajo y de sus posturas.', 1, 18, 1],
    ['es', 'La diputada debería cambiarse ese vestido antes de hablar de presupuesto.', 'appearance', '«vestido» comenta el físico de una mujer (un comentario sobre su cuerpo o su ropa en una publicación política); hasta un comentario amable sobre la apariencia resta credibilidad a las mujeres en política. Hable de su trabajo.', 35, 42, 1],
    ['es', 'La presidenta está hormonal, no le hagan caso.', 'stereotype', '«hormonal» es un estereotipo sexista (la insinuación de que las opiniones de una mujer son hormonas). ¿Lo diría de un hombre? Responda a su argumento.', 20, 28, 1],
    ['es', 'Mira, bonita, los números no mienten.', 'belittling', '«bonita» trata con condescendencia a una mujer con vida pública (un apelativo cariñoso usado para rebajar a una mujer). Diríjase a ella por su cargo y su nombre.', 7, 13, 1],
    ['es', 'Hay que matar a la ministra.', 'threat', '«matar a la ministra» se lee como una amenaza (una amenaza de violencia contra una mujer). Una cuenta oficial nunca puede amenazar con violencia, ni en broma: elimínelo.', 9, 28, 2],
    ['fr', 'Ça suffit, espèce de connasse, rends ton siège.', 'slur', '«\u00a0connasse\u00a0» est une insulte sexiste (une insulte réservée aux femmes). Ne la publiez jamais : critiquez ce qu’elle dit ou fait, pas le fait qu’elle soit une femme.', 22, 30, 2],
    ['fr', 'Les femmes sont des ordures.', 'misogyny', '«\u00a0femmes sont des ordures\u00a0» exprime du mépris envers les femmes (parler des femmes comme si elles n’étaient pas humaines). Un compte officiel ne publie jamais cela : dénoncez-le plutôt.', 5, 28, 2],
    ['fr', 'Cette allumeuse a charmé la commission pour obtenir son budget.', 'sexualised', '«\u00a0allumeuse\u00a0» sexualise une femme engagée dans la vie publique (une insulte qui traite une femme d’aguicheuse). Parlez plutôt de son travail et de ses positions.', 7, 16, 1],
    ['fr', 'Avec son sourire de pub, la candidate ne convainc personne.', 'appearance', '«\u00a0sourire\u00a0» commente le physique d’une femme (une remarque sur son corps ou sa tenue dans une publication politique) ; même aimable, une remarque sur l’apparence coûte de la crédibilité aux femmes en politique. Parlez plutôt de son travail.', 10, 17, 1],
    ['fr', 'La ministre est hystérique dès qu’on la contredit.', 'stereotype', '«\u00a0hystérique\u00a0» est un stéréotype sexiste (le vieux cliché de la femme esclave de ses nerfs). Le diriez-vous d’un homme ? Répondez plutôt à son argument.', 17, 27, 1],
    ['fr', 'Bien essayé, ma chérie, mais les chiffres sont contre toi.', 'belittling', '«\u00a0ma chérie\u00a0» prend de haut une femme engagée dans la vie publique (un petit nom qui rabaisse une femme). Adressez-vous à elle par sa fonction et son nom.', 14, 23, 1],
    ['fr', 'Cette ministre mérite d’être violée.', 'threat', '«\u00a0mérite d’être violée\u00a0» se lit comme une menace (l’idée qu’une femme mérite la violence). Une menace de violence n’est jamais acceptable sur un compte officiel, même pour rire : supprimez-la.', 16, 36, 2],
    ['pt', 'Chega de mentir, sua vaca!', 'slur', '“vaca” é um xingamento machista (um insulto que compara uma mulher a um animal). Nunca o publique: critique o que ela diz ou faz, não o fato de ser mulher.', 22, 26, 2],
    ['pt', 'As mulheres são lixo.', 'misogyny', '“mulheres são lixo” é desprezo pelas mulheres (falar das mulheres como se não fossem humanas). Uma conta oficial nunca publica isso: posicione-se contra.', 4, 21, 2],
    ['pt', 'Essa gostosa devia posar para revista, deputada.', 'sexualised', '“gostosa” sexualiza uma mulher da vida pública (um comentário que trata uma mulher como objeto sexual). Fale do trabalho e dos posicionamentos dela.', 6, 13, 1],
    ['pt', 'O decote da ministra chamou mais atenção que o discurso.', 'appearance', '“decote” comenta a aparência de uma mulher (um comentário sobre o corpo ou a roupa dela numa publicação política); até um comentário gentil sobre a aparência tira credibilidade das mulheres na política. Fale do trabalho dela.', 3, 9, 1],
    ['pt', 'A senadora é burra demais para entender o orçamento.', 'stereotype', '“burra” é um estereótipo sexista (o estereótipo de que as mulheres são burras). Você diria isso de um homem? Responda ao argumento dela.', 14, 19, 1],
    ['pt', 'Calma, querida, deixa os adultos discutirem o orçamento.', 'belittling', '“Calma, querida” trata com condescendência uma mulher da vida pública (reduzir o argumento de uma mulher a emoção). Dirija-se a ela pelo cargo e pelo nome.', 1, 15, 1],
    ['pt', 'Alguém devia dar um tiro nessa prefeita.', 'threat', '“dar um tiro nessa prefeita” soa como uma ameaça (uma ameaça de violência contra uma mulher). Ameaças de violência nunca são aceitáveis numa conta oficial, nem de brincadeira: remova o trecho.', 14, 40, 2]
  ] as const)('%s: %s', (lang, text, messageId, message, column, endColumn, severity) =>
    checkInvalid(rule, {text, lang, locale: lang, errors: [{messageId, message, line: 1, column, endLine: 1, endColumn, severity}]})
  )

  it.each([
    ['es', 'Llamar «puta» a una diputada es violencia política.', 'Citar «puta» difunde aún más el insulto, aunque sea para denunciarlo. Considere escribir «p**a».', 'Escriba «p**a».', 9, 13, 'p**a', 'Llamar «p**a» a una diputada es violencia política.'],
    ['fr', 'Traiter une élue de « salope » est une violence politique.', 'Citer «\u00a0salope\u00a0» propage encore l’insulte, même pour la dénoncer. Écrivez plutôt «\u00a0s****e\u00a0».', 'Écrivez «\u00a0s****e\u00a0».', 23, 29, 's****e', 'Traiter une élue de « s****e » est une violence politique.'],
    ['pt', 'Chamar uma mulher de “vagabunda” é violência política.', 'Citar “vagabunda” espalha ainda mais o xingamento, mesmo para denunciá-lo. Considere escrever “v*******a”.', 'Escreva “v*******a”.', 23, 32, 'v*******a', 'Chamar uma mulher de “v*******a” é violência política.']
  ] as const)('%s: the masking suggestion, with no praise for a condemnation the post may not make', (lang, text, message, desc, column, endColumn, masked, output) =>
    checkInvalid(rule, {
      text,
      lang,
      locale: lang,
      errors: [
        {
          messageId: 'repeated-slur',
          message,
          line: 1,
          column,
          endLine: 1,
          endColumn,
          severity: 1,
          suggestions: [{desc, fix: {range: [column - 1, endColumn - 1], text: masked}, output}]
        }
      ]
    })
  )

  it('speaks the user’s locale, whatever the post’s language', () =>
    checkInvalid(rule, {
      text: 'Chega de mentir, sua vaca!',
      lang: 'pt',
      locale: 'fr',
      errors: [
        {
          messageId: 'slur',
          message: '«\u00a0vaca\u00a0» est une insulte sexiste (une insulte qui compare une femme à un animal). Ne la publiez jamais : critiquez ce qu’elle dit ou fait, pas le fait qu’elle soit une femme.',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 26,
          severity: 2
        }
      ]
    })
  )
})

describe('gendered-abuse lexicons', () => {
  const lexicons = LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../rules/lexicons/${lang}/gendered-abuse.json`, import.meta.url), 'utf8')) as LexiconFile] as const)

  it.each(lexicons)('%s: every reason is a key translated in four locales, every entry and pattern has a source', (_lang, data) => {
    const reasons = [
      ...data.entries.map((entry) => entry.reason),
      ...data.stereotypes.map((item) => item.reason),
      ...data.threats.map((item) => item.reason),
      data.appearance.reason,
      data.violence.reasons.active,
      data.violence.reasons.passive,
      data.groupHate.reason,
      ...data.groupHate.predicates.map((predicate) => predicate.reason)
    ]
    for (const key of reasons) expect(Object.keys(data.reasons[key] ?? {}).sort(), key).toEqual(['en', 'es', 'fr', 'pt'])
    const unsourced = [...data.entries, ...data.stereotypes, ...data.threats].filter((item) => !item.source)
    expect(unsourced).toEqual([])
  })

  it.each(lexicons)('%s: every pattern compiles, matches its examples and not its counter-examples', (_lang, data) => {
    const items = [
      ...[...data.stereotypes, ...data.threats].map((item) => ({pattern: item.pattern, examples: item.examples ?? [], notMatching: item.notMatching ?? []})),
      ...data.condemnation.map((item) => ({pattern: item.pattern, examples: [item.example], notMatching: []}))
    ]
    for (const {pattern: source, examples, notMatching} of items) {
      const pattern = lexiconPattern(source)
      expect(examples.length, source).toBeGreaterThan(0)
      for (const example of examples) expect(pattern.test(example), `${source} on ${example}`).toBe(true)
      for (const counter of notMatching) expect(pattern.test(counter), `${source} on ${counter}`).toBe(false)
    }
  })
})

describe('mask', () => {
  it('keeps the first and last letter of each word', () => {
    expect([mask('bitch'), mask('man eater'), mask('ho'), mask('son of a bitch')]).toEqual(['b***h', 'm*n e***r', 'ho', 's*n of a b***h'])
  })
})
