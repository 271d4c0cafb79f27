// value-coherence in Spanish, French and Portuguese: the invented cases of
// test/rules/stance-cases/<lang>.json, each with the reading it must get, and the
// messages in each locale.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import type {Language} from '../../rules/types.js'
import {checkInvalid, checkValid} from '../helpers/rule-tester.js'
import {contradiction, opposite} from '../helpers/value-coherence-messages.js'

type Position = {topic: string; stance: 'support' | 'oppose'; keywords: string[]}
type Reading = 'support' | 'oppose' | 'none'
/** `evidence`: the clause the reading rests on, which the message quotes and the problem spans. */
type Cases = {positions: Position[]; cases: {text: string; reading: Reading; evidence?: string; why: string; topic?: string}[]}


for (const lang of ['es', 'fr', 'pt'] as const satisfies Language[]) {
  const {positions, cases} = JSON.parse(readFileSync(new URL(`./stance-cases/${lang}.json`, import.meta.url), 'utf8')) as Cases
  describe(`value-coherence cue readings in ${lang}`, () => {
    it.each(cases)('$text', async ({text, reading, evidence, why, topic}) => {
      const position = positions.find((item) => item.topic === (topic ?? positions[0]!.topic))!
      const values = (stance: 'support' | 'oppose') => ({positions: [{...position, stance}]})
      // The known limit: a cue is read without its subject, so a third party's stance reads as the office's.
      const expected: Reading = why.startsWith('KNOWN LIMIT') ? 'oppose' : reading
      if (expected === 'none') {
        expect(evidence).toBeUndefined()
        await checkValid(rule, {text, lang, values: values('support')})
        await checkValid(rule, {text, lang, values: values('oppose')})
        return
      }
      // An office of the same stance hears nothing; one of the other stance is warned, on the clause.
      await checkValid(rule, {text, lang, values: values(expected)})
      await checkInvalid(rule, {text, lang, values: values(opposite[expected]), errors: [contradiction(text, evidence!, position.topic, opposite[expected])]})
    })
  })
}

describe('value-coherence messages in each locale', () => {
  const values = {positions: [{topic: 'la reforma de pensiones', stance: 'support', keywords: ['reforma de pensiones']}], preferredTerms: {impuestazo: 'subida de impuestos'}}
  it.each([
    ['es', 'Esta oración se lee como una postura en contra sobre la reforma de pensiones («No apoyaremos la reforma de pensiones»), pero el despacho declaró que sobre la reforma de pensiones está a favor. Asegúrese de que la publicación dice lo que quiere decir la persona titular de la cuenta.'],
    ['fr', 'Cette phrase se lit comme une prise de position défavorable sur la reforma de pensiones (« No apoyaremos la reforma de pensiones »), alors que sur la reforma de pensiones le bureau a déclaré y être favorable. Vérifiez que la publication dit bien ce que pense le ou la parlementaire.'],
    ['pt', 'Esta frase se lê como um posicionamento contrário sobre la reforma de pensiones (“No apoyaremos la reforma de pensiones”), mas sobre la reforma de pensiones o gabinete declarou ser a favor. Verifique se a publicação diz o que o parlamentar quer dizer.']
  ] as const)('contradiction in %s', async (locale, message) => {
    await checkInvalid(rule, {
      text: 'No apoyaremos la reforma de pensiones.',
      lang: 'es',
      locale,
      values,
      errors: [{messageId: 'contradiction', message, line: 1, column: 1, endLine: 1, endColumn: 38, severity: 2}]
    })
  })

  it('has every message and fragment in the four locales, with the same placeholders', () => {
    const names = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]))].sort()
    for (const template of [...Object.values(rule.meta.messages), ...Object.values(rule.meta.fragments ?? {})]) {
      expect(Object.keys(template).sort()).toEqual(['en', 'es', 'fr', 'pt'])
      for (const locale of ['es', 'fr', 'pt'] as const) expect(names(template[locale]!)).toEqual(names(template.en))
    }
  })
})
