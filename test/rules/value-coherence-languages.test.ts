// value-coherence in Spanish, French and Portuguese: the invented cases of
// test/rules/stance-cases/<lang>.json, each with the reading it must get, and the
// messages in each locale.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import type {Language} from '../../rules/types.js'
import {lintText} from '../helpers/lint-text.js'

type Position = {topic: string; stance: string; keywords: string[]}
type Cases = {positions: Position[]; cases: {text: string; reading: 'support' | 'oppose' | 'none'; why: string; topic?: string}[]}

const only = {'value-coherence': {severity: 1 as const, options: {}}}

/** The stance a text reads as toward one position: an office that supports it is warned of an opposing reading, and the reverse. */
async function readingOf(text: string, lang: Language, positions: Position[], topic: string | undefined) {
  const index = topic ? positions.findIndex((position) => position.topic === topic) : 0
  const warned = async (stance: string) => {
    const values = {positions: [{...positions[index]!, stance}]}
    return (await lintText(text, {lang, values, rules: only, registry: [rule]})).some((diagnostic) => diagnostic.messageId === 'contradiction')
  }
  return (await warned('support')) ? 'oppose' : (await warned('oppose')) ? 'support' : 'none'
}

for (const lang of ['es', 'fr', 'pt'] as const) {
  const {positions, cases} = JSON.parse(readFileSync(new URL(`./stance-cases/${lang}.json`, import.meta.url), 'utf8')) as Cases
  describe(`value-coherence cue readings in ${lang}`, () => {
    it.each(cases)('$text', async ({text, reading, why, topic}) => {
      // The known limit: a cue is read without its subject, so a third party's stance reads as the office's.
      const expected = why.startsWith('KNOWN LIMIT') ? 'oppose' : reading
      expect(await readingOf(text, lang, positions, topic)).toBe(expected)
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
    const found = await lintText('No apoyaremos la reforma de pensiones.', {lang: 'es', locale, values, rules: only, registry: [rule]})
    expect(found).toEqual([{ruleId: 'value-coherence', messageId: 'contradiction', severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 38}])
  })

  it('has every message and fragment in the four locales, with the same placeholders', () => {
    const names = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]))].sort()
    for (const template of [...Object.values(rule.meta.messages), ...Object.values(rule.meta.fragments ?? {})]) {
      expect(Object.keys(template).sort()).toEqual(['en', 'es', 'fr', 'pt'])
      for (const locale of ['es', 'fr', 'pt'] as const) expect(names(template[locale]!)).toEqual(names(template.en))
    }
  })
})
