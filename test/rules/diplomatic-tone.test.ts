// diplomatic-tone in English, Spanish, French and Portuguese: insults aimed at the reader,
// contempt and sarcasm formulas, with the same must-nots in every language (criticism of a
// policy, the critic's quoted words, a sincere yes or thank-you), and messages in every locale.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {isReply, rule} from '../../rules/diplomatic-tone.js'
import {LANGUAGES} from '../../src/lang/languages.js'
import {checkInvalid, ruleTester} from '../helpers/rule-tester.js'

const insult = (term: string, reason: string) =>
  `“${term}” ${reason}. Answer the point, not the person: acknowledge the concern, give the fact, and link the source.`
const contempt = (term: string, reason: string) =>
  `“${term}” ${reason}. Acknowledge their concern and show what you know instead: the fact and where it comes from.`
const sarcasm = (term: string, reason: string) =>
  `“${term}” is ${reason}, and sarcasm rarely survives a screenshot. Say plainly what you mean, and link the source.`
const SHOUTING = 'Repeated exclamation marks in a critical reply read as anger. Use one or none: a calm reply with a fact and a source persuades more.'
const STUPID = 'calls them stupid'
const DOWN = 'talks down to them'
const NEGATIVE = (words: string) =>
  `This sentence is strongly negative toward the person you are answering (${words}). Take a moment before replying: acknowledge the concern, give the fact, link the source.`

ruleTester(rule, {
  valid: [
    {name: 'en: firm disagreement with a fact and a source', text: '@critic I disagree, and here is why: the bill funds 200 new teachers. https://example.gov/bill'},
    {name: 'en: a thank-you', text: '@supporter Thank you for the kind words!! See you Saturday.'},
    {name: 'en: criticism of a policy', text: '@critic This bill is idiotic and the tax is a disaster for families.'},
    {name: 'en: the critic’s words, quoted', text: '@critic You wrote “you moron” under my post. Here are the figures instead.'},
    {name: 'en: a pointed question is not scored for tone', text: '@critic If someone breaks the law and you can stop it, should you not?'},
    {name: 'en: a post that is not a reply', text: 'Some say our plan is stupid. Here is the evidence.'},
    {name: 'en: a named event near “your”', text: '@mayor We look forward to your Gun Violence Prevention Convening.'},
    {name: 'es: firm disagreement', text: '@critico No estoy de acuerdo: el proyecto financia 200 maestros.', lang: 'es'},
    {name: 'es: “sí, claro” is a sincere yes', text: '@vecina Sí, claro, escríbeme por mensaje directo y lo vemos.', lang: 'es'},
    {name: 'es: “estas” is the demonstrative, and “idiotas” judges rules', text: '@pedro Tienes razón: estas reglas son idiotas y vamos a cambiarlas.', lang: 'es'},
    {name: 'es: a sincere intensifier', text: '@abuela No tienes idea de lo felices que nos hace tu mensaje. ¡Gracias!', lang: 'es'},
    {name: 'es: service advice', text: '@ciudadana Infórmate sobre los requisitos del subsidio aquí: https://example.gob/subsidio', lang: 'es'},
    {name: 'es: an official criticised in the third person', text: '@critico El ministro no tiene idea de lo que pasa en los hospitales.', lang: 'es'},
    {name: 'fr: a measure judged after “est”', text: '@sophie_l Vous avez raison, cette mesure est idiote : nous déposerons un amendement.', lang: 'fr'},
    {name: 'fr: “oui, c’est ça” is a sincere confirmation', text: '@paul Oui, c’est ça : le formulaire est en ligne sur le site de la mairie.', lang: 'fr'},
    {name: 'fr: “incapables d’agir” describes, with an elided word', text: '@hugo Vous avez raison, les élus locaux sont trop souvent incapables d’agir sans l’accord de Québec.', lang: 'fr'},
    {name: 'fr: literal clowns', text: '@marie Venez avec vos enfants samedi : il y aura des clowns et des jeux.', lang: 'fr'},
    {name: 'fr: “à la con” qualifies a rule', text: '@jo Vous avez raison, c’est une règle à la con et nous allons la changer.', lang: 'fr'},
    {name: 'fr: a thank-you with “!!”', text: '@claire Merci beaucoup pour votre soutien !! On se voit samedi.', lang: 'fr'},
    {name: 'pt: a measure judged after “é”', text: '@mari Concordo com você, a medida é ridícula e já apresentamos uma emenda.', lang: 'pt'},
    {name: 'pt: a sincere intensifier', text: '@rui Você não faz ideia de como ficamos felizes com a sua mensagem!', lang: 'pt'},
    {name: 'pt: “sua” means “his”, not address', text: '@dani O ministro e sua equipe foram incompetentes na gestão da crise.', lang: 'pt'},
    {name: 'pt: good news', text: '@fe Que novidade boa! Obrigada por compartilhar.', lang: 'pt'},
    {name: 'pt: a sincere “claro”', text: '@lu Claro! Pode mandar sua dúvida por mensagem que respondemos hoje.', lang: 'pt'},
    {name: 'en: sarcasm in a post that is not a reply is left alone', text: 'Yeah, right: the minister says the trains run on time.'},
    {name: 'en: an insult word with nobody addressed and not standing alone', text: '@critic Calling voters stupid never won an election; we will keep explaining the plan.'},
    {name: 'en: a comma earlier in the sentence does not make the word a vocative', text: '@critic Honestly, nobody here is calling voters stupid.'},
    {name: 'en: after a comma but followed by more words, literal clowns', text: '@sam Sorry, clowns are already booked for the fair, but the face painter is free.'},
    {name: 'en: exclamation marks inside the critic’s quoted words', text: '@critic You wrote “liars, all of you!!” but you are mistaken.'},
    {name: 'en: negative words far from “you” are not aimed at the reader', text: '@neighbour Thank you for writing about the storm that destroyed homes and killed cattle.'},
    {name: 'es: “!!” in a friendly reply, in a language without a sentiment lexicon', text: '@vecina ¡No te preocupes, ya está resuelto!!', lang: 'es'},
    {name: 'fr: a show judged, with nobody addressed', text: '@léa Ce feuilleton est un peu sot, mais les acteurs sont excellents.', lang: 'fr'}
  ],
  invalid: [
    {
      name: 'en: contempt and name-calling aimed at the reader',
      text: '@critic You clearly have no idea what you are talking about, you moron.',
      errors: [
        {messageId: 'contempt', message: contempt('You clearly have no idea', DOWN), line: 1, column: 9, endLine: 1, endColumn: 33, severity: 2},
        {messageId: 'insult', message: insult('moron', STUPID), line: 1, column: 66, endLine: 1, endColumn: 71, severity: 2}
      ]
    },
    {
      name: 'en: a vocative insult after sarcasm',
      text: '@critic Nice try, clown.',
      errors: [
        {messageId: 'sarcasm', message: sarcasm('Nice try', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 17, severity: 2},
        {messageId: 'insult', message: insult('clown', 'mocks them as a clown'), line: 1, column: 19, endLine: 1, endColumn: 24, severity: 2}
      ]
    },
    {
      name: 'en: a vocative right after the opening handle',
      text: '@critic Idiot, read the bill.',
      errors: [{messageId: 'insult', message: insult('Idiot', STUPID), line: 1, column: 9, endLine: 1, endColumn: 14, severity: 2}]
    },
    {
      name: 'en: sarcasm markers, including an eye-roll',
      text: '@critic Yeah, right 🙄',
      errors: [
        {messageId: 'sarcasm', message: sarcasm('Yeah, right', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 20, severity: 2},
        {messageId: 'sarcasm', message: sarcasm('🙄', 'an eye-roll'), line: 1, column: 21, endLine: 1, endColumn: 23, severity: 2}
      ]
    },
    {
      name: 'en: the “/s” tag is a sarcasm marker, not an eye-roll',
      text: '@critic Great plan, really /s',
      errors: [{messageId: 'sarcasm', message: sarcasm('/s', 'a sarcasm marker'), line: 1, column: 28, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'en: angry exclamation marks',
      text: '@critic You are wrong!! Read the bill.',
      errors: [{messageId: 'shouting', message: SHOUTING, line: 1, column: 22, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'en: a strongly negative sentence aimed at the reader',
      text: '---\nreply: true\n---\nYou are a disgrace and your lies hurt families.',
      errors: [
        {
          messageId: 'negative-tone',
          message:
            'This sentence is strongly negative toward the person you are answering (“disgrace” and “hurt”). Take a moment before replying: acknowledge the concern, give the fact, link the source.',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 48,
          severity: 2
        }
      ]
    },
    {
      name: 'en: every post, when asked',
      text: 'Anyone who votes no is a fool, and you know it.',
      options: {allPosts: true},
      errors: [{messageId: 'insult', message: insult('fool', 'calls them a fool'), line: 1, column: 26, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'es: a second-person frame and a scolding formula',
      text: '@critico Eres un idiota, infórmate antes de opinar.',
      lang: 'es',
      errors: [
        {messageId: 'insult', message: insult('Eres un idiota', STUPID), line: 1, column: 10, endLine: 1, endColumn: 24, severity: 2},
        {messageId: 'contempt', message: contempt('infórmate antes de', DOWN), line: 1, column: 26, endLine: 1, endColumn: 44, severity: 2}
      ]
    },
    {
      name: 'es: a vocative between commas',
      text: '@gabo Mira, idiota, el programa sigue vigente.',
      lang: 'es',
      errors: [{messageId: 'insult', message: insult('idiota', STUPID), line: 1, column: 13, endLine: 1, endColumn: 19, severity: 2}]
    },
    {
      name: 'es: a vocative after the handle, before a colon',
      text: '@gabo Idiota: el programa sigue vigente.',
      lang: 'es',
      errors: [{messageId: 'insult', message: insult('Idiota', STUPID), line: 1, column: 7, endLine: 1, endColumn: 13, severity: 2}]
    },
    {
      name: 'es: a formula of disbelief',
      text: '@tomas Y yo soy el papa. El hospital se inauguró en marzo.',
      lang: 'es',
      errors: [{messageId: 'sarcasm', message: sarcasm('Y yo soy el papa', 'a formula of scornful disbelief'), line: 1, column: 8, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'es: contempt',
      text: '@juanp No tienes ni idea de lo que dice la ley.',
      lang: 'es',
      errors: [{messageId: 'contempt', message: contempt('No tienes ni idea', DOWN), line: 1, column: 8, endLine: 1, endColumn: 25, severity: 2}]
    },
    {
      name: 'fr: an insult frame',
      text: '@sophie_l Espèce d’imbécile, relisez l’article 4 avant d’écrire.',
      lang: 'fr',
      errors: [{messageId: 'insult', message: insult('Espèce d’imbécile', STUPID), line: 1, column: 11, endLine: 1, endColumn: 28, severity: 2}]
    },
    {
      name: 'fr: Québec, with an elided “t’”',
      text: '@marc_qc T’es ben épais si tu penses que la taxe finance le stade.',
      lang: 'fr',
      errors: [{messageId: 'insult', message: insult('T’es ben épais', STUPID), line: 1, column: 10, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'fr: contempt',
      text: '@jmartin Vous n’avez rien compris au projet de loi : il ne touche pas aux pensions.',
      lang: 'fr',
      errors: [{messageId: 'contempt', message: contempt('Vous n’avez rien compris', DOWN), line: 1, column: 10, endLine: 1, endColumn: 34, severity: 2}]
    },
    {
      name: 'fr: sarcasm in its sarcastic order',
      text: '@jeanne Mais oui, c’est ça, et les impôts vont baisser tout seuls.',
      lang: 'fr',
      errors: [{messageId: 'sarcasm', message: sarcasm('Mais oui, c’est ça', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 27, severity: 2}]
    },
    {
      name: 'fr: an insult with “vous” in the sentence',
      text: '@loic Vous êtes vraiment un abruti.',
      lang: 'fr',
      errors: [{messageId: 'insult', message: insult('abruti', STUPID), line: 1, column: 29, endLine: 1, endColumn: 35, severity: 2}]
    },
    {
      name: 'pt: the Brazilian vocative “seu”',
      text: '@mari_rj Seu idiota, leia o artigo 4 antes de comentar.',
      lang: 'pt',
      errors: [{messageId: 'insult', message: insult('Seu idiota', STUPID), line: 1, column: 10, endLine: 1, endColumn: 20, severity: 2}]
    },
    {
      name: 'pt: a second-person frame',
      text: '@paulo Vocês são uns idiotas se acreditam nisso.',
      lang: 'pt',
      errors: [{messageId: 'insult', message: insult('Vocês são uns idiotas', STUPID), line: 1, column: 8, endLine: 1, endColumn: 29, severity: 2}]
    },
    {
      name: 'pt: a meme of disbelief',
      text: '@beto Aham, Cláudia, senta lá. O hospital foi entregue em março.',
      lang: 'pt',
      errors: [{messageId: 'sarcasm', message: sarcasm('Aham, Cláudia, senta lá', 'a formula of scornful disbelief'), line: 1, column: 7, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'pt: contempt',
      text: '@ana Vai estudar antes de falar de orçamento.',
      lang: 'pt',
      errors: [{messageId: 'contempt', message: contempt('Vai estudar', DOWN), line: 1, column: 6, endLine: 1, endColumn: 17, severity: 2}]
    },
    {
      name: 'en: a double space inside a phrase',
      text: '@critic Nice  try.',
      errors: [{messageId: 'sarcasm', message: sarcasm('Nice  try', 'a sarcasm marker'), line: 1, column: 9, endLine: 1, endColumn: 18, severity: 2}]
    },
    {
      name: 'en: a vocative that ends the post without punctuation',
      text: '@critic Whatever, clown',
      errors: [{messageId: 'insult', message: insult('clown', 'mocks them as a clown'), line: 1, column: 19, endLine: 1, endColumn: 24, severity: 2}]
    },
    {
      name: 'en: insults aimed at the reader are reported as insults, not again as negative tone',
      text: '@critic You pathetic liar, read the bill.',
      errors: [
        {messageId: 'insult', message: insult('pathetic', 'belittles them'), line: 1, column: 13, endLine: 1, endColumn: 21, severity: 2},
        {messageId: 'insult', message: insult('liar', 'calls them a liar instead of correcting the fact'), line: 1, column: 22, endLine: 1, endColumn: 26, severity: 2}
      ]
    },
    {
      name: 'en: a sentence that opens with a negative word is scored from its first word',
      text: '---\nreply: true\n---\nDisgusting, shameful, and you know it.',
      errors: [{messageId: 'negative-tone', message: NEGATIVE('“disgusting” and “shameful”'), line: 4, column: 1, endLine: 4, endColumn: 39, severity: 2}]
    },
    {
      name: 'en: a negative word three words after “your” counts',
      text: '@critic Your smear was cruel.',
      errors: [{messageId: 'negative-tone', message: NEGATIVE('“smear” and “cruel”'), line: 1, column: 1, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'en: positive words near “you” lower the score but are not listed',
      text: '@critic Kind words, but you cheated and betrayed us.',
      errors: [{messageId: 'negative-tone', message: NEGATIVE('“cheated” and “betrayed”'), line: 1, column: 1, endLine: 1, endColumn: 53, severity: 2}]
    },
    {
      name: 'es: an insult with “!!”, in a language without a sentiment lexicon',
      text: '@critico ¡Eres un idiota!!',
      lang: 'es',
      errors: [
        {messageId: 'insult', message: insult('Eres un idiota', STUPID), line: 1, column: 11, endLine: 1, endColumn: 25, severity: 2},
        {messageId: 'shouting', message: SHOUTING, line: 1, column: 25, endLine: 1, endColumn: 27, severity: 2}
      ]
    },
    {
      name: 'fr: the longest phrase wins over a shorter one it starts with',
      text: '@julie Ben voyons donc, et la taxe va financer le stade toute seule.',
      lang: 'fr',
      errors: [{messageId: 'sarcasm', message: sarcasm('Ben voyons donc', 'a formula of scornful disbelief'), line: 1, column: 8, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'pt: the longest phrase wins, across a comma',
      text: '@rafa Conta outra, vai: o hospital foi entregue em março.',
      lang: 'pt',
      errors: [{messageId: 'sarcasm', message: sarcasm('Conta outra, vai', 'a formula of scornful disbelief'), line: 1, column: 7, endLine: 1, endColumn: 23, severity: 2}]
    },
    {
      name: 'fr: the elided “t’” addresses the reader',
      text: '@marc T’es vraiment un abruti.',
      lang: 'fr',
      errors: [{messageId: 'insult', message: insult('abruti', STUPID), line: 1, column: 24, endLine: 1, endColumn: 30, severity: 2}]
    },
    {
      name: 'fr: a phrase that ends in a question mark, after a French non-breaking space',
      text: '@marc Vous êtes sérieux\u00a0? La taxe ne finance pas le stade.',
      lang: 'fr',
      errors: [{messageId: 'contempt', message: contempt('Vous êtes sérieux\u00a0?', 'mocks them'), line: 1, column: 7, endLine: 1, endColumn: 26, severity: 2}]
    },
    {
      name: 'en: a sentence typed with Caps Lock on is scored like any other',
      text: '@critic yOU ARE A dISGRACE AND yOUR lIES hURT fAMILIES.',
      errors: [{messageId: 'negative-tone', message: NEGATIVE('“disgrace” and “hurt”'), line: 1, column: 1, endLine: 1, endColumn: 56, severity: 2}]
    },
    {
      name: 'fr: a vocative before a spaced “!”',
      text: '@marc Crétin ! Relisez l’article 4.',
      lang: 'fr',
      errors: [{messageId: 'insult', message: insult('Crétin', STUPID), line: 1, column: 7, endLine: 1, endColumn: 13, severity: 2}]
    }
  ]
})

describe('diplomatic-tone messages in every locale', () => {
  it.each([
    ['es', '«Eres un idiota» llama estúpida a la persona. Responda al argumento, no a la persona: reconozca la inquietud, dé el dato y enlace la fuente.', '«infórmate antes de» habla con condescendencia. Reconozca su inquietud y muestre lo que sabe: el dato y de dónde viene.'],
    ['fr', '«\u00a0Eres un idiota\u00a0» traite la personne d’idiote. Répondez sur le fond, pas à la personne : reconnaissez l’inquiétude, donnez le fait et mettez le lien vers la source.', '«\u00a0infórmate antes de\u00a0» prend la personne de haut. Reconnaissez plutôt son inquiétude et montrez ce que vous savez : le fait et sa source.'],
    ['pt', '“Eres un idiota” chama a pessoa de burra. Responda ao argumento, não à pessoa: reconheça a preocupação, dê o dado e coloque o link da fonte.', '“infórmate antes de” trata a pessoa com condescendência. Reconheça a preocupação da pessoa e mostre o que você sabe: o dado e de onde ele vem.']
  ] as const)('%s: insult and contempt', (locale, insultMessage, contemptMessage) =>
    checkInvalid(rule, {
      text: '@critico Eres un idiota, infórmate antes de opinar.',
      lang: 'es',
      locale,
      errors: [
        {messageId: 'insult', message: insultMessage, line: 1, column: 10, endLine: 1, endColumn: 24, severity: 2},
        {messageId: 'contempt', message: contemptMessage, line: 1, column: 26, endLine: 1, endColumn: 44, severity: 2}
      ]
    })
  )

  it.each([
    ['es', '«Mais oui, c’est ça» es una marca de sarcasmo, y el sarcasmo rara vez sobrevive a una captura de pantalla. Diga claramente lo que quiere decir y enlace la fuente.'],
    ['fr', '«\u00a0Mais oui, c’est ça\u00a0» est une marque de sarcasme, et le sarcasme survit rarement à une capture d’écran. Dites clairement ce que vous voulez dire et mettez le lien vers la source.'],
    ['pt', '“Mais oui, c’est ça” é uma marca de sarcasmo, e o sarcasmo raramente sobrevive a um print. Diga claramente o que quer dizer e coloque o link da fonte.']
  ] as const)('%s: sarcasm', (locale, message) =>
    checkInvalid(rule, {
      text: '@jeanne Mais oui, c’est ça, et les impôts vont baisser tout seuls.',
      lang: 'fr',
      locale,
      errors: [
        {messageId: 'sarcasm', message, line: 1, column: 9, endLine: 1, endColumn: 27, severity: 2}
      ]
    })
  )

  it.each([
    ['es', 'Varios signos de exclamación seguidos en una respuesta crítica se leen como enojo. Use uno o ninguno: una respuesta serena, con un dato y una fuente, convence más.'],
    ['fr', 'Plusieurs points d’exclamation dans une réponse critique se lisent comme de la colère. Mettez-en un ou aucun : une réponse calme, avec un fait et une source, convainc davantage.'],
    ['pt', 'Vários pontos de exclamação seguidos numa resposta crítica soam como raiva. Use um ou nenhum: uma resposta calma, com um dado e uma fonte, convence mais.']
  ] as const)('%s: shouting', (locale, message) =>
    checkInvalid(rule, {
      text: '@critic You are wrong!! Read the bill.',
      lang: 'en',
      locale,
      errors: [
        {messageId: 'shouting', message, line: 1, column: 22, endLine: 1, endColumn: 24, severity: 2}
      ]
    })
  )

  it.each([
    ['es', 'Esta oración es muy negativa hacia la persona a la que responde («disgrace» y «hurt»). Tómese un momento antes de responder: reconozca la inquietud, dé el dato y enlace la fuente.'],
    ['fr', 'Cette phrase est très négative envers la personne à qui vous répondez («\u00a0disgrace\u00a0» et «\u00a0hurt\u00a0»). Prenez un moment avant de répondre : reconnaissez l’inquiétude, donnez le fait, mettez le lien vers la source.'],
    ['pt', 'Esta frase é muito negativa em relação à pessoa a quem você responde (“disgrace” e “hurt”). Espere um momento antes de responder: reconheça a preocupação, dê o dado e coloque o link da fonte.']
  ] as const)('%s: negative tone, the words listed as the locale lists and quotes them', (locale, message) =>
    checkInvalid(rule, {
      text: '---\nreply: true\n---\nYou are a disgrace and your lies hurt families.',
      lang: 'en',
      locale,
      errors: [
        {messageId: 'negative-tone', message, line: 4, column: 1, endLine: 4, endColumn: 48, severity: 2}
      ]
    })
  )
})

describe('tone lexicons', () => {
  it.each(LANGUAGES)('%s: every reason is a key translated in four locales, every entry has a source', (lang) => {
    const data = JSON.parse(readFileSync(new URL(`../../rules/lexicons/${lang}/tone.json`, import.meta.url), 'utf8')) as {
      reasons: Record<string, Record<string, string>>
      insults: {reason: string; source?: string}[]
      contempt: {reason: string; source?: string}[]
      sarcasm: {reason: string; source?: string}[]
    }
    for (const entry of [...data.insults, ...data.contempt, ...data.sarcasm]) {
      expect(Object.keys(data.reasons[entry.reason] ?? {}).sort(), entry.reason).toEqual(['en', 'es', 'fr', 'pt'])
      expect(entry.source, entry.reason).toBeTruthy()
    }
  })
})

describe('what counts as a reply', () => {
  it('is a reply by front matter, or by an opening mention', () => {
    expect([isReply('Hello', true), isReply('@a hi', false), isReply('.@a hi', false), isReply('Hi @a', false)]).toEqual([true, true, true, false])
  })

  it('allows spaces before the mention, a handle that starts with a digit, and nothing but the mention', () => {
    expect([isReply('  @a hi', false), isReply('@2030agenda thanks', false)]).toEqual([true, true])
    expect([isReply('info@example.org is the address', false), isReply('@ the town hall tonight', false)]).toEqual([false, false])
  })
})
