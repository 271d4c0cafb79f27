import {describe, it} from 'vitest'
import {rule} from '../../rules/plain-language.js'
import {checkInvalid, ruleTester} from '../helpers/rule-tester.js'

const hard =
  'The committee reviewed the comprehensive intergovernmental infrastructure modernization initiative and the interdepartmental coordination requirements established by the administration last year.'
const long =
  'We will talk to farmers and workers and teachers and nurses and parents and students and veterans and seniors and small business owners and mayors and everyone else in the district this week.'
// 36 words: over the Spanish ceiling of 35.
const largaEs =
  'Hoy hablamos con los agricultores y los trabajadores y los docentes y las enfermeras y los padres y los estudiantes y los vecinos y los alcaldes y todas las personas de la región esta misma semana.'
// 34 words: long for English, ordinary for Spanish.
const normalEs = 'Hoy hablamos con los agricultores, los trabajadores, los docentes, las enfermeras, los padres, los estudiantes, los vecinos y los alcaldes de la región sobre el agua, la salud y la educación pública de esta semana.'
// Each line of the list is short; together they would be a 45-word sentence.
const lista =
  'Hoy en la Cámara:\n✅ Aprobamos el proyecto que fortalece la educación pública en las regiones\n✅ Votamos a favor de la reforma que mejora las pensiones de los jubilados\n✅ Presentamos una moción para proteger el agua de los valles del norte'
// A thread-length post: 5 sentences, 101 words, the third one (24 words) very hard.
const threadEn = [
  'We met with families in the district today to talk about the new health plan.',
  'Many of them told us that the cost of care keeps going up every year.',
  'The administration’s comprehensive intergovernmental healthcare modernization initiative requires interdepartmental coordination, substantial supplemental appropriations and extraordinary administrative capacity from every participating agency in the region.',
  'We will keep working with them, and we will keep asking the hard questions about what the plan will mean for their bills and for their care.',
  'Thank you to everyone who came out to share their stories with us this morning in the old town hall.'
].join(' ')
const shout = (what: string) => `${what} reads as shouting. Write it in normal case and let the words carry the weight.`

ruleTester(rule, {
  valid: [
    {name: 'a plain 15-word post', text: 'We passed the bill today. Thank you to everyone who called our office this week.'},
    {name: 'hashtags are not words', text: 'Proud to #utilize every tool we have.'},
    {name: 'mentions are not words', text: 'Thanks @utilize for the visit.'},
    {name: 'URLs are not words', text: 'Read more at https://example.gov/utilize today.'},
    {name: 'quoted speech is not reworded', text: 'The minister said “we will utilize every tool” today.'},
    {name: 'accepted phrases', text: 'We will utilize the fund.', options: {accept: ['utilize']}},
    {name: 'names and long words in a short post', text: 'Congratulations @UNC_Basketball on the championship! #FinalFourBound'},
    {name: 'acronyms are not shouting', text: 'NATO and COVID and USMCA matter. SCOTUS REC RFS today.'},
    {name: 'a label in capitals', text: 'BLOG POST: our new plan for schools.'},
    {name: 'a heading in capitals on a line of its own', text: 'TOWN HALL TONIGHT\nJoin us at the library at six.'},
    {name: 'call signs are not shouting', text: 'Joining KWFX & KWDQ shortly.'},
    {name: 'exclamation marks are enthusiasm', text: 'Happy birthday, America!!! Go team!!'},
    {name: 'a set phrase in capitals', text: 'Thank you to our veterans. GOD BLESS AMERICA!'},
    {name: 'a place after a preposition', text: 'Great to be in EL PASO with the mayor today.'},
    {name: '“your office” is a place here: not “you”', text: 'Drop by your office on Friday and say hello.'},
    {name: '“the use of” cannot be deleted here', text: 'The film depicts the use of firearms in schools.'},
    {name: '“as to” is not inside “as well as to”', text: 'We spoke to the mayor as well as to the families.'},
    {name: 'passive voice is off by default', text: 'The bill was written by the committee.'},
    {name: 'shouting can be turned off', text: 'VOTE NO ON THE TERRIBLE BILL.', options: {shouting: false}},
    {name: 'a higher grade target', text: hard, options: {maxGrade: 30}},
    {name: 'a higher sentence limit (and grade)', text: long, options: {maxSentenceWords: 40, maxGrade: 30}},
    {name: 'English word lists do not apply to Spanish', text: 'Vamos a utilize el fondo.', lang: 'es'},
    {name: 'a 34-word Spanish sentence is within the Spanish ceiling', text: normalEs, lang: 'es'},
    {name: 'a bulleted list is read item by item', text: lista, lang: 'es'},
    {name: 'a full stop typed without a space ends a sentence', text: `${normalEs.replace('.', '.Y')} ${normalEs}`, lang: 'es'},
    {name: 'a Chilean commune in capitals, after “en”', text: 'Hoy en ALTO HOSPICIO inauguramos la nueva plaza con los vecinos.', lang: 'es'},
    {name: 'a place in capitals echoed by its hashtag', text: 'ALTO HOSPICIO merece más. #AltoHospicio', lang: 'es'},
    {name: 'a Spanish cheer in capitals', text: '¡VIVA CHILE! Feliz 18 a todas las familias.', lang: 'es'},
    {name: 'Spanish party names are acronyms', text: 'MORENA y VOX votaron en contra.', lang: 'es'},
    {name: '“a fin de mes” is not “a fin de”', text: 'Pagaremos los bonos a fin de mes.', lang: 'es'},
    {name: '“a nivel del mar” is a height', text: 'La ciudad está a nivel del mar.', lang: 'es'},
    {name: 'quoted Spanish is not reworded', text: 'El ministro dijo «a nivel de país» en la entrevista.', lang: 'es'},
    {name: 'a plain Spanish post', text: 'Hoy votamos la ley de salud. Gracias a todos los que nos escribieron esta semana.', lang: 'es'},
    {name: 'a plain French post', text: 'Nous avons voté la loi sur la santé. Merci à tous ceux qui nous ont écrit.', lang: 'fr'},
    {name: '“au niveau de la mer” is a height', text: 'La ville est au niveau de la mer.', lang: 'fr'},
    {name: 'a French cheer in capitals', text: 'Merci à tous. VIVE LA RÉPUBLIQUE !', lang: 'fr'},
    {name: 'a plain Portuguese post', text: 'Hoje votamos a lei da saúde. Obrigado a todos que nos escreveram.', lang: 'pt'},
    {name: 'a capitalised phrase inside a sentence is a name (“Face” is Facebook)', text: 'A página transmite no Face a visita do presidente.', lang: 'pt'},
    {name: '“estar a fim de” is to feel like', text: 'Estou a fim de ir ao cinema hoje.', lang: 'pt'},
    {name: 'a Brazilian city in capitals (four words), after “em”', text: 'Hoje estive em SÃO JOSÉ DOS CAMPOS com os prefeitos.', lang: 'pt'},
    {name: 'a heading with numbers and emoji, on a line of its own', text: 'MAIS UMA DOSE DA VACINA CONTRA A COVID-19 NO BRAÇO! 💉\n\nChegou minha vez de tomar a dose.', lang: 'pt'},
    {name: 'Portuguese party names are acronyms', text: 'O NOVO e a REDE votaram contra.', lang: 'pt'}
  ],
  invalid: [
    {
      name: 'single-word jargon from parllint’s lexicon, with a safe fix',
      text: 'We will utilize the new funds.',
      output: 'We will use the new funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“utilize” is not plain language: write “use” instead.',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          severity: 2,
          fix: {range: [8, 15], text: 'use'},
          suggestions: [{desc: 'Replace “utilize” with “use”.', fix: {range: [8, 15], text: 'use'}, output: 'We will use the new funds.'}]
        }
      ]
    },
    {
      name: 'keeps the capital letter in the fix',
      text: 'Utilize the funds.',
      output: 'Use the funds.',
      errors: [
        {
          messageId: 'simplify',
          message: '“Utilize” is not plain language: write “Use” instead.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
          severity: 2,
          fix: {range: [0, 7], text: 'Use'},
          suggestions: [{desc: 'Replace “Utilize” with “Use”.', fix: {range: [0, 7], text: 'Use'}, output: 'Use the funds.'}]
        }
      ]
    },
    {
      name: 'a wordy phrase from retext-simplify: a suggestion, no fix',
      text: 'We will act in order to help.',
      errors: [
        {
          messageId: 'simplify',
          message: '“in order to” is not plain language: write “to” instead.',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 24,
          severity: 2,
          fix: undefined,
          suggestions: [{desc: 'Replace “in order to” with “to”.', fix: {range: [12, 23], text: 'to'}, output: 'We will act to help.'}]
        }
      ]
    },
    {
      name: 'a word to remove',
      text: 'I hereby call on the Senate to act.',
      errors: [
        {
          messageId: 'simplify',
          message: '“hereby” is not plain language: remove it.',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 9,
          severity: 2,
          fix: undefined,
          suggestions: undefined
        }
      ]
    },
    {
      name: 'a word to remove or replace',
      text: 'The bill, hereinafter the Act, passed.',
      errors: [
        {
          messageId: 'simplify',
          message: '“hereinafter” is not plain language: remove it, or write “from now on”.',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 22,
          severity: 2,
          fix: undefined,
          suggestions: [{desc: 'Replace “hereinafter” with “from now on”.', fix: {range: [10, 21], text: 'from now on'}, output: 'The bill, from now on the Act, passed.'}]
        }
      ]
    },
    {
      name: 'Spanish wordiness, with a safe fix',
      lang: 'es',
      text: 'Vamos a trabajar con el objeto de mejorar la salud.',
      output: 'Vamos a trabajar para mejorar la salud.',
      errors: [
        {
          messageId: 'simplify',
          message: '“con el objeto de” is not plain language: write “para” instead.',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 34,
          severity: 2,
          fix: {range: [17, 33], text: 'para'},
          suggestions: [{desc: 'Replace “con el objeto de” with “para”.', fix: {range: [17, 33], text: 'para'}, output: 'Vamos a trabajar para mejorar la salud.'}]
        }
      ]
    },
    {
      name: 'French elision: only “afin d’” is replaced',
      lang: 'fr',
      text: 'Nous agissons afin d’assurer la sécurité.',
      output: 'Nous agissons pour assurer la sécurité.',
      errors: [
        {
          messageId: 'simplify',
          message: '“afin d’” is not plain language: write “pour” instead.',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 22,
          severity: 2,
          fix: {range: [14, 21], text: 'pour '},
          suggestions: [{desc: 'Replace “afin d’” with “pour”.', fix: {range: [14, 21], text: 'pour '}, output: 'Nous agissons pour assurer la sécurité.'}]
        }
      ]
    },
    {
      name: 'Portuguese wordiness',
      lang: 'pt',
      text: 'Vamos levar a cabo a reforma.',
      errors: [
        {
          messageId: 'simplify',
          message: '“levar a cabo” is not plain language: write “realizar” or “fazer” instead.',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 19,
          severity: 2,
          fix: undefined,
          suggestions: [
            {desc: 'Replace “levar a cabo” with “realizar”.', fix: {range: [6, 18], text: 'realizar'}, output: 'Vamos realizar a reforma.'},
            {desc: 'Replace “levar a cabo” with “fazer”.', fix: {range: [6, 18], text: 'fazer'}, output: 'Vamos fazer a reforma.'}
          ]
        }
      ]
    },
    {
      name: 'a hard sentence in a short post: no grade, only the sentence',
      text: hard,
      errors: [
        {
          messageId: 'readability',
          message: 'Hard to read: this sentence has 20 words, 12 of them long (7 letters or more). Use shorter, everyday words.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: hard.length + 1,
          severity: 2
        }
      ]
    },
    {
      name: 'a hard sentence in a post long enough for a formula',
      text: threadEn,
      errors: [
        {
          messageId: 'readability',
          message:
            'Hard to read: this post reads at about grade 13 on the Flesch–Kincaid scale (plain language: grade 8 or lower), and this is its hardest sentence (24 words, 16 of them long). Split this sentence, and use shorter words where you can.',
          line: 1,
          column: 149,
          endLine: 1,
          endColumn: 407,
          severity: 2
        }
      ]
    },
    {
      text: long,
      name: 'a long sentence',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'This sentence has 33 words (at most 30). Split it into two or three shorter sentences.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: long.length + 1,
          severity: 2
        }
      ]
    },
    {
      text: largaEs,
      lang: 'es',
      name: 'a long Spanish sentence, over the Spanish ceiling',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'This sentence has 36 words (at most 35). Split it into two or three shorter sentences.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: largaEs.length + 1,
          severity: 2
        }
      ]
    },
    {
      name: 'a run of capitals, with short words inside it',
      text: 'VOTE NO ON THE TERRIBLE BILL today.',
      errors: [{messageId: 'shouting', message: shout('“VOTE NO ON THE TERRIBLE BILL” in capitals'), line: 1, column: 1, endLine: 1, endColumn: 29, severity: 2}]
    },
    {
      name: 'a run of capitals with an elided word is one run',
      lang: 'fr',
      text: 'Un DÉSASTRE POUR L’INDUSTRIE DU LUXE en Europe.',
      errors: [{messageId: 'shouting', message: shout('“DÉSASTRE POUR L’INDUSTRIE DU LUXE” in capitals'), line: 1, column: 4, endLine: 1, endColumn: 37, severity: 2}]
    },
    {
      name: 'runs of marks',
      text: 'Is this right?! Who wrote this???',
      errors: [
        {messageId: 'shouting', message: shout('“?!”'), line: 1, column: 14, endLine: 1, endColumn: 16, severity: 2},
        {messageId: 'shouting', message: shout('“???”'), line: 1, column: 31, endLine: 1, endColumn: 34, severity: 2}
      ]
    },
    {
      name: 'passive voice when asked for',
      text: 'The bill was written by the committee.',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '“written” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          severity: 2
        }
      ]
    },
    {
      name: 'Spanish passive voice when asked for',
      lang: 'es',
      text: 'La ley fue aprobada por el Senado.',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '“aprobada” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 20,
          severity: 2
        }
      ]
    }
  ]
})

describe('plain-language messages in every locale', () => {
  it('speaks Spanish', async () => {
    await checkInvalid(rule, {
      text: 'Trabajamos a nivel de comunas con el fin de mejorar la salud.',
      lang: 'es',
      locale: 'es',
      errors: [
        {
          messageId: 'simplify',
          message: '«a nivel de» no es lenguaje claro: escriba «en», «entre» o «sobre».',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 22,
          severity: 2,
          suggestions: [
            {desc: 'Reemplace «a nivel de» por «en».', fix: {range: [11, 21], text: 'en'}, output: 'Trabajamos en comunas con el fin de mejorar la salud.'},
            {desc: 'Reemplace «a nivel de» por «entre».', fix: {range: [11, 21], text: 'entre'}, output: 'Trabajamos entre comunas con el fin de mejorar la salud.'},
            {desc: 'Reemplace «a nivel de» por «sobre».', fix: {range: [11, 21], text: 'sobre'}, output: 'Trabajamos sobre comunas con el fin de mejorar la salud.'}
          ]
        },
        {
          messageId: 'simplify',
          message: '«con el fin de» no es lenguaje claro: escriba «para».',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 44,
          severity: 2,
          fix: {range: [30, 43], text: 'para'},
          suggestions: [
            {desc: 'Reemplace «con el fin de» por «para».', fix: {range: [30, 43], text: 'para'}, output: 'Trabajamos a nivel de comunas para mejorar la salud.'}
          ]
        }
      ],
      output: 'Trabajamos a nivel de comunas para mejorar la salud.'
    })
    await checkInvalid(rule, {
      text: 'Se procedió a la votación. Cabe señalar que VOTAMOS EN CONTRA DEL PROYECTO???',
      lang: 'es',
      locale: 'es',
      errors: [
        {
          messageId: 'simplify',
          message: '«Se procedió a» no es lenguaje claro: un verbo vacío ante un sustantivo: use el verbo de ese sustantivo (el análisis → analizar).',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          severity: 2
        },
        {
          messageId: 'simplify',
          message: '«Cabe señalar que» no es lenguaje claro: suprímalo.',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 44,
          severity: 2
        },
        {
          messageId: 'shouting',
          message: '«VOTAMOS EN CONTRA DEL PROYECTO» en mayúsculas se lee como un grito. Escríbalo en minúsculas y deje que las palabras tengan el peso.',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 75,
          severity: 2
        },
        {
          messageId: 'shouting',
          message: '«???» se lee como un grito. Escríbalo en minúsculas y deje que las palabras tengan el peso.',
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 78,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: largaEs,
      lang: 'es',
      locale: 'es',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'Esta oración tiene 36 palabras (máximo 35). Divídala en dos o tres oraciones más cortas.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 198,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'La ley fue aprobada por el Senado.',
      lang: 'es',
      locale: 'es',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '«aprobada» está en voz pasiva: diga quién hace qué (p. ej., «aprobamos la ley», no «la ley fue aprobada»).',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 20,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: hard,
      lang: 'en',
      locale: 'es',
      errors: [
        {
          messageId: 'readability',
          message: 'Difícil de leer: esta oración tiene 20 palabras, 12 de ellas largas (7 letras o más). Use palabras más cortas y comunes.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 196,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: threadEn,
      lang: 'en',
      locale: 'es',
      errors: [
        {
          messageId: 'readability',
          message: 'Difícil de leer: esta publicación se lee en torno al grado 13 de la escala Flesch–Kincaid (lenguaje claro: grado 8 o menos), y esta es su oración más difícil (24 palabras, 16 de ellas largas). Divida esta oración y use palabras más cortas donde pueda.',
          line: 1,
          column: 149,
          endLine: 1,
          endColumn: 407,
          severity: 2
        }
      ]
    })
  })

  it('speaks French', async () => {
    await checkInvalid(rule, {
      text: 'Nous agissons au niveau de la commune. Procéder à l’analyse du projet.',
      lang: 'fr',
      locale: 'fr',
      errors: [
        {
          messageId: 'simplify',
          message: '«\u00a0au niveau de\u00a0» n’est pas du langage clair : écrivez plutôt «\u00a0en matière de\u00a0», «\u00a0pour\u00a0», «\u00a0dans\u00a0» ou «\u00a0à\u00a0».',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 27,
          severity: 2,
          suggestions: [
            {desc: 'Remplacez «\u00a0au niveau de\u00a0» par «\u00a0en matière de\u00a0».', fix: {range: [14, 26], text: 'en matière de'}, output: 'Nous agissons en matière de la commune. Procéder à l’analyse du projet.'},
            {desc: 'Remplacez «\u00a0au niveau de\u00a0» par «\u00a0pour\u00a0».', fix: {range: [14, 26], text: 'pour'}, output: 'Nous agissons pour la commune. Procéder à l’analyse du projet.'},
            {desc: 'Remplacez «\u00a0au niveau de\u00a0» par «\u00a0dans\u00a0».', fix: {range: [14, 26], text: 'dans'}, output: 'Nous agissons dans la commune. Procéder à l’analyse du projet.'},
            {desc: 'Remplacez «\u00a0au niveau de\u00a0» par «\u00a0à\u00a0».', fix: {range: [14, 26], text: 'à'}, output: 'Nous agissons à la commune. Procéder à l’analyse du projet.'}
          ]
        },
        {
          messageId: 'simplify',
          message: '«\u00a0Procéder à\u00a0» n’est pas du langage clair : un verbe vide devant un nom : employez le verbe de ce nom (l\'analyse → analyser).',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 50,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'VOTEZ CONTRE CETTE RÉFORME INJUSTE maintenant ?!',
      lang: 'fr',
      locale: 'fr',
      errors: [
        {
          messageId: 'shouting',
          message: '«\u00a0VOTEZ CONTRE CETTE RÉFORME INJUSTE\u00a0» en majuscules se lit comme un cri. Écrivez-le en minuscules et laissez les mots porter le message.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          severity: 2
        },
        {
          messageId: 'shouting',
          message: '«\u00a0?!\u00a0» se lit comme un cri. Écrivez-le en minuscules et laissez les mots porter le message.',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 49,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: long,
      lang: 'en',
      locale: 'fr',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'Cette phrase compte 33 mots (au plus 30). Coupez-la en deux ou trois phrases plus courtes.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 192,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'La loi a été adoptée hier.',
      lang: 'fr',
      locale: 'fr',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '«\u00a0adoptée\u00a0» est au passif : dites qui fait quoi (p. ex. «\u00a0nous avons adopté la loi\u00a0», et non «\u00a0la loi a été adoptée\u00a0»).',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: hard,
      lang: 'en',
      locale: 'fr',
      errors: [
        {
          messageId: 'readability',
          message: 'Difficile à lire : cette phrase compte 20 mots, dont 12 longs (7 lettres ou plus). Employez des mots plus courts et courants.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 196,
          severity: 2
        }
      ]
    })
  })

  it('speaks Portuguese', async () => {
    await checkInvalid(rule, {
      text: 'Vamos trabalhar a fim de melhorar a saúde.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'simplify',
          message: '“a fim de” não é linguagem simples: escreva “para”.',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 25,
          severity: 2,
          fix: {range: [16, 24], text: 'para'},
          suggestions: [
            {desc: 'Substitua “a fim de” por “para”.', fix: {range: [16, 24], text: 'para'}, output: 'Vamos trabalhar para melhorar a saúde.'}
          ]
        }
      ],
      output: 'Vamos trabalhar para melhorar a saúde.'
    })
    await checkInvalid(rule, {
      text: 'A VACINA SALVA VIDAS, vacine-se!!',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'shouting',
          message: '“A VACINA SALVA VIDAS” em maiúsculas soa como um grito. Escreva em letras minúsculas e deixe as palavras terem o peso.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: long,
      lang: 'en',
      locale: 'pt',
      errors: [
        {
          messageId: 'long-sentence',
          message: 'Esta frase tem 33 palavras (no máximo 30). Divida-a em duas ou três frases mais curtas.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 192,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'A lei foi aprovada ontem.',
      lang: 'pt',
      locale: 'pt',
      options: {passive: true},
      errors: [
        {
          messageId: 'passive',
          message: '“aprovada” está na voz passiva: diga quem faz o quê (p. ex., “aprovamos a lei”, e não “a lei foi aprovada”).',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 19,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: hard,
      lang: 'en',
      locale: 'pt',
      errors: [
        {
          messageId: 'readability',
          message: 'Difícil de ler: esta frase tem 20 palavras, 12 delas longas (7 letras ou mais). Use palavras mais curtas e comuns.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 196,
          severity: 2
        }
      ]
    })
  })

  it('names the band of an ease scale in words', async () => {
    await checkInvalid(rule, {
      text: hardEs,
      lang: 'es',
      locale: 'es',
      errors: [
        {
          messageId: 'readability',
          message: 'Difícil de leer: esta publicación obtiene 45 en la escala INFLESZ, «algo difícil» (lenguaje claro: 55 o más), y esta es su oración más difícil (26 palabras, 13 de ellas largas). Divida esta oración y use palabras más cortas donde pueda.',
          line: 1,
          column: 147,
          endLine: 1,
          endColumn: 398,
          severity: 2
        }
      ]
    })
  })
})

// Edges of each check: a case exactly at a threshold and one just past it, and the
// conventions (labels, headings, places, quotations) that keep capitals from being shouting.
// 20 words, 8 of them long: LIX 60, the floor of "very difficult".
const lix60 =
  'Yesterday the committee reviewed the national infrastructure program with the regional transport office and the city of York once again.'
// 20 words, 7 of them long: LIX 55, just under it.
const lix55 =
  'Last week the committee reviewed the national infrastructure program with the regional transport office and the city of York again.'
// 20 short words: after `hard`, the post's LIX is exactly 50 ("difficult").
const plain20 = 'We will talk to our town about it at the next open town hall on the first day of May.'
// 26 words, 13 of them of four syllables or more.
const duraEs =
  'La implementación interinstitucional de la modernización administrativa del sistema sanitario requiere coordinación intersectorial, financiamiento extraordinario y capacidades institucionales considerablemente fortalecidas en cada una de las regiones.'
const hardEs = [
  'Hoy nos reunimos con las familias del distrito para hablar del nuevo plan de salud.',
  'Muchas nos dijeron que el costo de la atención sube cada año.',
  duraEs,
  'Vamos a seguir trabajando con ellas y vamos a seguir haciendo las preguntas difíciles sobre lo que el plan significará para sus cuentas y para su salud.',
  'Gracias a todas las personas que vinieron a contarnos sus historias esta mañana en el cabildo abierto de la comuna.'
].join(' ')
// The same post thanking in longer words: INFLESZ 40, the lowest score of the “fairly difficult” band.
const hardEs40 = hardEs.replace(
  'Gracias a todas las personas que vinieron a contarnos sus historias',
  'Agradecemos sinceramente a todas las personas que vinieron a compartir sus experiencias'
)
// A dense French communiqué, 110 words: Kandel-Moles goes below 0, under its lowest band.
const communiqueFr = [
  'Notre délégation parlementaire a présenté aujourd’hui une proposition de loi relative à la modernisation administrative et à la coordination interministérielle des politiques territoriales.',
  'Elle prévoit une responsabilisation budgétaire systématique des administrations, une évaluation environnementale indépendante des projets d’infrastructures et une participation citoyenne véritablement représentative dans les collectivités territoriales concernées.',
  'Parallèlement, la décentralisation opérationnelle conditionne l’harmonisation réglementaire européenne, l’interopérabilité informatique intercommunale, la dématérialisation généralisée des procédures juridictionnelles et l’accessibilité numérique universellement garantie aux administrés.',
  'Nous demanderons prioritairement l’inscription législative immédiate de ce texte, l’expérimentation territoriale différenciée et l’indemnisation intégrale des collectivités défavorisées par les réorganisations hospitalières successives.',
  'Merci aux associations et aux élus locaux qui nous ont accompagnés dans ce travail.'
].join(' ')
const problem = (messageId: string, message: string, column: number, endColumn: number, line = 1) => ({messageId, message, line, column, endLine: line, endColumn, severity: 2 as const})
const passiveOf = (word: string) => `“${word}” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).`

ruleTester(rule, {
  valid: [
    {name: 'a very hard sentence under 20 words is too short to judge', text: 'Intergovernmental infrastructure modernization requires interdepartmental coordination.'},
    {name: 'a 20-word sentence at LIX 55 is not “very difficult”', text: lix55},
    {name: 'maxGrade 7 puts “very difficult” at LIX 55.5: a sentence at 55 passes', text: lix55, options: {maxGrade: 7}},
    {name: 'a hard sentence in a post whose LIX stays under 50', text: `${hard} We will talk to our town about it at the next open town hall on the first day of May, as always.`},
    {name: 'a post at grade 13 meets a maxGrade of 13', text: threadEn, options: {maxGrade: 13}},
    {name: 'maxGrade 11 on an ease scale is a target of 40: INFLESZ 45 passes', text: hardEs, lang: 'es', options: {maxGrade: 11}},
    {name: 'a single word in capitals is not a run', text: 'VOTE NO on Tuesday.'},
    {name: 'capital words split by a comma are two runs', text: 'Live on WOAI, KENS tonight.'},
    {name: 'call signs without vowels, side by side', text: 'Tune in to KWFX KWDQ at noon.'},
    {name: 'a word in mixed case ends the run (“McKINLEY”)', text: 'Proud of GREEN McKINLEY FARMS today.'},
    {name: 'capitals inside quotation marks are someone else’s words', text: 'The crowd chanted “STOP THE CUTS NOW” outside.'},
    {name: 'a set phrase with one more word in capitals', text: '¡VIVA MÉXICO LINDO! Feliz día de la independencia a todas las familias.', lang: 'es'},
    {name: 'a French label, with its space before the colon', text: 'ALERTE INFO : la réforme passe au Sénat demain.', lang: 'fr'},
    {name: 'a label before a long arrow, after other words', text: 'Big night for the district: TOWN HALL TONIGHT --> join us at six.'},
    {name: 'a heading after a line without a full stop', text: 'Thank you all\nTOWN HALL TONIGHT\nJoin us at six.'},
    {name: 'a heading that ends with a handle', text: 'TODOS AL CABILDO ABIERTO CON @muni_santiago\nEste sábado a las diez en la plaza.', lang: 'es'},
    {name: 'a label before a bar', text: 'SALUD PÚBLICA | Hoy presentamos el proyecto de ley.', lang: 'es'},
    {name: 'a label after an emoji', text: '📢 SALUD PÚBLICA | Hoy presentamos el proyecto de ley.', lang: 'es'},
    {name: 'a numbered label', text: '1. SALUD PÚBLICA | Hoy presentamos el proyecto de ley.', lang: 'es'},
    {name: 'a dateline with “.-”', text: 'ALTO HOSPICIO.- Hoy presentamos el proyecto de ley de salud.', lang: 'es'},
    {name: 'a dateline with “.-” after a space', text: 'ALTO HOSPICIO .- Hoy presentamos el proyecto de ley de salud.', lang: 'es'},
    {name: 'a label before a hyphen', text: 'SALUD PÚBLICA - Hoy presentamos el proyecto de ley.', lang: 'es'},
    {name: 'a label before a dash typed without a space', text: 'SALUD PÚBLICA— Hoy presentamos el proyecto de ley.', lang: 'es'},
    {name: 'a place in capitals echoed in title case', text: 'ALTO HOSPICIO merece más. Vecinos de Alto Hospicio, los esperamos.', lang: 'es'},
    {name: 'a hyphenated name in capitals is not a loud word', text: 'MERCI SAINT-ÉTIENNE ! Quelle soirée avec vous.', lang: 'fr'},
    {name: 'capital words split by a symbol are two runs', text: 'Our plan: JOBS & HOMES for everyone.'},
    {name: 'quoted passive voice is not reported', text: 'The minister said “the bill was written in haste” yesterday.', options: {passive: true}},
    {name: '“es nada” is not a passive (too short for a participle)', text: 'Para muchas familias, esperar un año no es nada fácil.', lang: 'es', options: {passive: true}}
  ],
  invalid: [
    {
      name: 'a 20-word sentence at LIX 60 is “very difficult”',
      text: lix60,
      errors: [problem('readability', 'Hard to read: this sentence has 20 words, 8 of them long (7 letters or more). Use shorter, everyday words.', 1, 137)]
    },
    {
      name: 'maxGrade 6 puts “very difficult” at LIX 52: a sentence at 55 is reported',
      text: lix55,
      options: {maxGrade: 6},
      errors: [problem('readability', 'Hard to read: this sentence has 20 words, 7 of them long (7 letters or more). Use shorter, everyday words.', 1, 132)]
    },
    {
      name: 'a hard sentence exactly at the sentence limit is judged for readability',
      text: hard,
      options: {maxSentenceWords: 20},
      errors: [problem('readability', 'Hard to read: this sentence has 20 words, 12 of them long (7 letters or more). Use shorter, everyday words.', 1, hard.length + 1)]
    },
    {
      name: 'a hard sentence in a post at LIX 50 exactly',
      text: `${hard} ${plain20}`,
      errors: [problem('readability', 'Hard to read: this sentence has 20 words, 12 of them long (7 letters or more). Use shorter, everyday words.', 1, hard.length + 1)]
    },
    {
      name: 'a hard Spanish sentence: long words are counted in syllables',
      lang: 'es',
      text: duraEs,
      errors: [
        problem(
          'readability',
          'Hard to read: this sentence has 26 words, 13 of them long (4 syllables or more). Split this sentence, and use shorter words where you can.',
          1,
          duraEs.length + 1
        )
      ]
    },
    {
      name: 'a post at grade 13 is one past a maxGrade of 12',
      text: threadEn,
      options: {maxGrade: 12},
      errors: [
        problem(
          'readability',
          'Hard to read: this post reads at about grade 13 on the Flesch–Kincaid scale (plain language: grade 12 or lower), and this is its hardest sentence (24 words, 16 of them long). Split this sentence, and use shorter words where you can.',
          149,
          407
        )
      ]
    },
    {
      name: 'maxGrade 10 on an ease scale is a target of 50',
      lang: 'es',
      text: hardEs,
      options: {maxGrade: 10},
      errors: [
        problem(
          'readability',
          'Hard to read: this post scores 45 on the INFLESZ scale, “fairly difficult” (plain language: 50 or more), and this is its hardest sentence (26 words, 13 of them long). Split this sentence, and use shorter words where you can.',
          147,
          398
        )
      ]
    },
    {
      name: 'a score exactly at a band’s lower bound is in that band',
      lang: 'es',
      text: hardEs40,
      errors: [
        problem(
          'readability',
          'Hard to read: this post scores 40 on the INFLESZ scale, “fairly difficult” (plain language: 55 or more), and this is its hardest sentence (26 words, 13 of them long). Split this sentence, and use shorter words where you can.',
          147,
          398
        )
      ]
    },
    {
      name: 'a score below 0, under the lowest band, is still “very difficult”',
      lang: 'fr',
      text: communiqueFr,
      errors: [
        problem(
          'readability',
          'Hard to read: this post scores -37 on the Kandel-Moles scale, “very difficult” (plain language: 60 or more), and this is its hardest sentence (24 words, 19 of them long). Split this sentence, and use shorter words where you can.',
          456,
          744
        )
      ]
    },
    {name: 'two loud words are enough', text: 'Please STOP THIS bill.', errors: [problem('shouting', shout('“STOP THIS” in capitals'), 8, 17)]},
    {name: 'a word whose only vowel is accented is loud (“PRÊT”)', lang: 'fr', text: 'TOUT EST PRÊT pour demain.', errors: [problem('shouting', shout('“TOUT EST PRÊT” in capitals'), 1, 14)]},
    {
      name: 'the variation selector an emoji leaves does not make a word quiet (“⚠️CUIDADO”)',
      lang: 'es',
      text: '⚠️CUIDADO CON LAS ESTAFAS telefónicas, vecinos.',
      errors: [problem('shouting', shout('“\ufe0fCUIDADO CON LAS ESTAFAS” in capitals'), 2, 26)]
    },
    {
      name: 'accents typed as combining marks (NFD text, as some apps paste it) do not make a word quiet',
      lang: 'fr',
      text: 'TOUT EST DE\u0301CIDE\u0301 pour demain.',
      errors: [problem('shouting', shout('“TOUT EST DE\u0301CIDE\u0301” in capitals'), 1, 18)]
    },
    {
      name: 'a post in a language parllint does not know is still read for capitals (German)',
      text: '---\nlang: de\n---\nSTOPPT DIESES GESETZ jetzt.',
      errors: [problem('shouting', shout('“STOPPT DIESES GESETZ” in capitals'), 1, 21, 4)]
    },
    {
      name: 'a handle does not hide the lower case after it: not a heading',
      text: 'PROTECT OUR PARKS @CityCouncil please listen\nThe vote is on Monday.',
      errors: [problem('shouting', shout('“PROTECT OUR PARKS” in capitals'), 1, 18)]
    },
    {
      name: 'a replacement keeps the lower case of the phrase’s first letter (“the Honorable Member”)',
      text: 'We thank the Honorable Member for her work.',
      errors: [
        {
          ...problem('simplify', '“the Honorable Member” is not plain language: write “the member\'s name” instead.', 10, 30),
          fix: undefined,
          suggestions: [
            {
              desc: 'Replace “the Honorable Member” with “the member\'s name”.',
              fix: {range: [9, 29], text: "the member's name"},
              output: "We thank the member's name for her work."
            }
          ]
        }
      ]
    },
    {name: 'a double space does not end a run', text: 'Please STOP  THIS bill.', errors: [problem('shouting', shout('“STOP  THIS” in capitals'), 8, 18)]},
    {
      name: 'a colon later in the sentence does not make a label',
      text: 'VOTE NO ON THIS BILL today: here is why.',
      errors: [problem('shouting', shout('“VOTE NO ON THIS BILL” in capitals'), 1, 21)]
    },
    {
      name: 'capitals at the end of a line of lower case are not a heading',
      text: 'We have one message for the Senate, VOTE NO ON THIS BILL\nCall your senator today.',
      errors: [problem('shouting', shout('“VOTE NO ON THIS BILL” in capitals'), 37, 57)]
    },
    {name: 'a whole post in capitals is not a heading', text: 'VOTE NO ON THIS BILL!', errors: [problem('shouting', shout('“VOTE NO ON THIS BILL” in capitals'), 1, 21)]},
    {name: 'nor is a line with nothing after it', text: 'VOTE NO ON THIS BILL\n', errors: [problem('shouting', shout('“VOTE NO ON THIS BILL” in capitals'), 1, 21)]},
    {
      name: 'a bar after capitals inside a sentence does not make a label',
      lang: 'es',
      text: 'Hoy hablamos sobre SALUD PÚBLICA | y sobre educación.',
      errors: [problem('shouting', shout('“SALUD PÚBLICA” in capitals'), 20, 33)]
    },
    {
      name: 'five words after “en” are not a place name',
      lang: 'es',
      text: 'Hoy marchamos en DEFENSA DE LA EDUCACIÓN PÚBLICA con miles de estudiantes.',
      errors: [problem('shouting', shout('“DEFENSA DE LA EDUCACIÓN PÚBLICA” in capitals'), 18, 49)]
    },
    {
      name: 'a six-letter Spanish participle is passive',
      lang: 'es',
      text: 'La ley fue votada ayer.',
      options: {passive: true},
      errors: [problem('passive', passiveOf('votada'), 12, 18)]
    }
  ]
})
