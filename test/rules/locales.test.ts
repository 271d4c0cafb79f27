// The same problems, reported in each of the four locales: rules fill their
// templates and fragments in the user's language, whatever the post's language.
import {describe, expect, it} from 'vitest'
import {splitHashtag} from '../../rules/lib/hashtag-words.js'
import {rule as platformLimits} from '../../rules/platform-limits.js'
import {rule as trollEngagement} from '../../rules/troll-engagement.js'
import {LOCALES} from '../../src/lang/languages.js'
import {checkInvalid} from '../helpers/rule-tester.js'

describe('platform-limits in four locales', () => {
  const thread = `${'a'.repeat(20)}\n---\n${'Lorem ipsum dolor sit amet. '.repeat(12)}`
  const expected = {
    en: 'Part 2 of this thread is 335/280 weighted characters on X: 55 over. Shorten it, or split it into a thread (parts separated by a line holding only ---).',
    es: 'La parte 2 de este hilo tiene 335/280 caracteres ponderados en X: sobran 55. Acórtela, o divídala en un hilo (partes separadas por una línea que solo contenga ---).',
    fr: 'La partie 2 de ce fil fait 335/280 caractères pondérés sur X : 55 de trop. Raccourcissez-la, ou découpez-la en fil (parties séparées par une ligne ne contenant que ---).',
    pt: 'A parte 2 deste fio tem 335/280 caracteres ponderados no X: 55 a mais. Encurte o texto ou divida-o em um fio (partes separadas por uma linha só com ---).'
  }
  it.each(LOCALES)('too-long with its thread part, in %s', (locale) =>
    checkInvalid(platformLimits, {text: thread, locale, platform: 'x', errors: [{messageId: 'too-long', message: expected[locale], line: 3, column: 281, endLine: 3, endColumn: 336, severity: 2}]})
  )

  const wall = {
    en: 'This post is mostly hashtags and emoji (5 of them, 1 word), and screen readers read each one out. Say it in words and keep one or two.',
    es: 'Esta publicación es casi solo hashtags y emojis (5, frente a 1 palabra), y los lectores de pantalla los leen uno por uno. Dígalo con palabras y deje uno o dos.',
    fr: 'Cette publication n’est presque que mots-dièse et émojis (5, pour 1 mot), et les lecteurs d’écran les lisent un par un. Dites-le avec des mots et gardez-en un ou deux.',
    pt: 'Esta publicação é quase só hashtags e emojis (5, contra 1 palavra), e os leitores de tela leem cada um em voz alta. Diga isso com palavras e mantenha um ou dois.'
  }
  it.each(LOCALES)('mostly-syntax with a plural that follows the locale, in %s', (locale) =>
    checkInvalid(platformLimits, {
      text: 'Hoy #A #B #C 🎉🎉',
      locale,
      platform: 'bluesky',
      errors: [{messageId: 'mostly-syntax', message: wall[locale], line: 1, column: 1, endLine: 1, endColumn: 18, severity: 1}]
    })
  )
})

describe('troll-engagement in four locales', () => {
  const expected = {
    en: 'The office has listed @botnet99 as a troll or bot account. The guidelines advise not engaging with such accounts: do not reply to or mention it; ignore, mute or block it instead.',
    es: 'El despacho registró @botnet99 como cuenta trol o bot. Las buenas prácticas aconsejan no interactuar con esas cuentas: no le responda ni la mencione; ignórela, siléncela o bloquéela.',
    fr: 'Le bureau a inscrit @botnet99 comme compte troll ou bot. Les bonnes pratiques conseillent de ne pas interagir avec ces comptes : ne lui répondez pas et ne le mentionnez pas ; ignorez-le, masquez-le ou bloquez-le.',
    pt: 'O gabinete registrou @botnet99 como conta de troll ou robô. As boas práticas recomendam não interagir com essas contas: não responda nem mencione; ignore, silencie ou bloqueie.'
  }
  it.each(LOCALES)('%s', (locale) =>
    checkInvalid(trollEngagement, {
      text: '@botnet99 you again?',
      locale,
      account: {trolls: ['@BotNet99']},
      errors: [{messageId: 'troll', message: expected[locale], line: 1, column: 1, endLine: 1, endColumn: 10, severity: 2}]
    })
  )
})

describe('run-together hashtags in each language, accents or not', () => {
  it.each([
    ['reformedesretraites', 'fr', ['reforme', 'des', 'retraites']],
    ['assembleenationale', 'fr', ['assemblee', 'nationale']],
    ['educacaopublica', 'pt', ['educacao', 'publica']],
    ['vacinasalvavidas', 'pt', ['vacina', 'salva', 'vidas']],
    ['educacionpublica', 'es', ['educacion', 'publica']]
  ] as const)('%s (%s)', (tag, lang, words) => {
    expect(splitHashtag(tag, lang)).toEqual(words)
  })
  it('has no word list for a language other than the four', () => {
    expect(splitHashtag('reformedesretraites', 'und')).toBeUndefined()
  })
})
