import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/language.js'
import {decideLanguage} from '../../src/lang/decide.js'
import {detectLanguage} from '../../src/lang/detect.js'
import {ruleTester} from '../helpers/rule-tester.js'

const spanish = 'Hoy presentamos el proyecto de ley para proteger a las familias del norte del país.'
const declaredEn = (body: string) => `---\nlang: en\n---\n${body}`
const mismatch = (declared: string, where: string, detected: string) =>
  `This post is declared as ${declared} (${where}), but it is written in ${detected}, so parllint checks it in the wrong language. Correct the language, or remove it and let parllint detect it.`

ruleTester(rule, {
  valid: [
    {name: 'a post in the language it declares', text: declaredEn('Today we introduced the bill to protect families in the north of the country.')},
    {name: 'a Spanish quote inside an English post', text: declaredEn('The minister told us “no pasarán” today, and we answered with a plan that protects the families of the north.')},
    {name: 'a post of hashtags and a link', text: declaredEn('#Presupuesto2026 #LeyDeFamilias #Norte https://example.gov/ley')},
    {name: 'a short post detection is unsure of', text: declaredEn('¡Gracias, Iquique!')},
    {name: 'a post declared in a language other than the four', text: `---\nlang: ca\n---\n${spanish}`},
    {name: 'a detected language is never a mismatch', text: spanish, lang: 'auto'}
  ],
  invalid: [
    {
      name: 'Spanish declared English in front matter',
      text: declaredEn(spanish),
      errors: [{messageId: 'mismatch', message: mismatch('English', '“lang: en” in its front matter', 'Spanish'), line: 4, column: 1, endLine: 4, endColumn: 84, severity: 2}]
    },
    {
      name: 'French under a config that fixes English',
      text: 'Nous avons voté aujourd’hui pour le budget des écoles de la circonscription, et nous continuerons.',
      lang: 'en',
      errors: [{messageId: 'mismatch', message: mismatch('English', '“"lang": "en"” in the config', 'French'), line: 1, column: 1, endLine: 1, endColumn: 99, severity: 2}]
    },
    {
      name: 'Portuguese declared Spanish',
      text: '---\nlang: es\n---\nHoje votamos o orçamento das escolas e não vamos desistir da educação pública.',
      errors: [{messageId: 'mismatch', message: mismatch('Spanish', '“lang: es” in its front matter', 'Portuguese'), line: 4, column: 1, endLine: 4, endColumn: 79, severity: 2}]
    }
  ]
})

describe('detection', () => {
  const four = ['en', 'es', 'fr', 'pt'] as const
  it.each([
    ['Thank you to everyone who came to the town hall on schools tonight.', 'en'],
    ['Gracias a todos los vecinos que vinieron hoy al cabildo por la salud.', 'es'],
    ['Merci à tous les bénévoles qui étaient avec nous ce matin au marché.', 'fr'],
    ['Obrigado a todos que estiveram conosco hoje na audiência pública.', 'pt']
  ] as const)('reads %s as %s from its words', async (text, lang) => {
    expect(await detectLanguage(text, four)).toMatchObject({sure: true, lang})
  })

  it('is unsure of a short post, and of a post of syntax only', async () => {
    expect(await detectLanguage('¡Vamos Chile!', four)).toEqual({sure: false, letters: 10})
    expect(await detectLanguage('#Chile @senado https://example.cl 🇨🇱🎉', four)).toEqual({sure: false, letters: 0})
  })

  it('picks among the office’s languages only: French for an office that posts in English and French', async () => {
    const text = 'Merci à tous les bénévoles qui étaient avec nous ce matin au marché.'
    expect(await detectLanguage(text, ['en', 'fr'])).toMatchObject({sure: true, lang: 'fr'})
  })

  it('asks eld when the words do not decide, and knows a language outside the four', async () => {
    const catalan = 'Avui al Congrés hem registrat una proposta per millorar la xarxa de trens de rodalies de Barcelona.'
    expect(await detectLanguage(catalan, four)).toMatchObject({sure: true, other: 'ca'})
  })

  it('gives an unsure post the office’s first language, and a post in another language "und"', async () => {
    expect(await decideLanguage('¡Vamos Chile!', undefined, {lang: 'auto', languages: ['fr', 'en']})).toEqual({lang: 'fr', decision: {source: 'fallback', code: 'fr'}})
    expect(await decideLanguage('Avui al Congrés hem registrat una proposta per millorar la xarxa de trens de rodalies de Barcelona.', undefined, {lang: 'auto', languages: ['es']})).toEqual({
      lang: 'und',
      decision: {source: 'detected', code: 'ca'}
    })
    expect(await decideLanguage('Hello there.', 'ht', {lang: 'auto', languages: ['en']})).toEqual({lang: 'und', decision: {source: 'front-matter', code: 'ht'}})
  })
})
