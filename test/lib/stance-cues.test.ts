// The stance cues (rules/lib/stance-cues.ts) as value-coherence reads them: how a configured
// keyword or slogan becomes words (punctuation, French elisions), the second half of a
// negation, and where a sarcasm marker counts.
import {describe, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import type {Language} from '../../rules/types.js'
import {checkInvalid, checkValid} from '../helpers/rule-tester.js'

type Values = {positions: {topic: string; stance: 'support' | 'oppose'; keywords: string[]; opposeTerms?: string[]}[]}

/** The contradiction an office that supports `topic` is warned of, on `evidence`. */
function opposing(text: string, evidence: string, topic: string) {
  const column = text.indexOf(evidence) + 1
  return {
    messageId: 'contradiction',
    message: `This sentence reads as opposing ${topic} (“${evidence}”), but the office has declared that it supports ${topic}. Make sure the post says what the member means.`,
    line: 1,
    column,
    endLine: 1,
    endColumn: column + evidence.length,
    severity: 2 as const
  }
}

const support = (topic: string, keywords: string[], opposeTerms?: string[]): Values => ({positions: [{topic, stance: 'support', keywords, ...(opposeTerms ? {opposeTerms} : {})}]})
const climate = support('climate action', ['carbon tax', 'clean energy'])
const flagged = (text: string, evidence: string, values: Values, topic: string, lang: Language = 'en') => checkInvalid(rule, {text, lang, values, errors: [opposing(text, evidence, topic)]})
const silent = (text: string, values: Values, lang: Language = 'en') => checkValid(rule, {text, lang, values})

describe('configured keywords and slogans, as words', () => {
  it('reads a keyword written with a slash as its words', () =>
    flagged('We will scrap pharmacare/dental care.', 'scrap pharmacare/dental care', support('pharmacare', ['pharmacare/dental care']), 'pharmacare'))

  it('reads a slogan written with commas as its words', () =>
    flagged('Drill baby drill!', 'Drill baby drill', support('climate action', ['carbon tax'], ['Drill, baby, drill']), 'climate action'))

  it('finds a French keyword after an elided article, and a cue after an elided preposition', async () => {
    const ecotaxe = support("l'écotaxe", ['écotaxe'])
    await flagged("Nous allons supprimer l'écotaxe.", "supprimer l'écotaxe", ecotaxe, "l'écotaxe", 'fr')
    await flagged("J'arrête d'appuyer l'écotaxe.", "arrête d'appuyer l'écotaxe", ecotaxe, "l'écotaxe", 'fr')
  })

  it('counts “aujourd’hui” as one word: a cue six words before the keyword still governs it', () =>
    flagged("Nous allons supprimer aujourd'hui l'ensemble de la taxe carbone.", "supprimer aujourd'hui l'ensemble de la taxe carbone", support('la taxe carbone', ['taxe carbone']), 'la taxe carbone', 'fr'))
})

describe('negation read after the cue', () => {
  it('in English no word after a cue negates it', () => silent('What we have always supported was clean energy.', climate))
})

describe('sarcasm markers', () => {
  it('an eye-roll right after the last word, or before the next, marks sarcasm', async () => {
    await silent('We will scrap the carbon tax🙄', climate)
    await silent('We will scrap the carbon tax 🙄', climate)
    await silent('We will scrap the carbon tax 🙄Thanks, Ottawa.', climate)
  })

  it('“/s” written right after the last word marks sarcasm', () => silent('We will scrap the carbon tax/s', climate))

  it('“as if” inside “whereas if” is no sarcasm', () =>
    flagged('We will scrap the carbon tax, whereas if we wait, costs will rise.', 'scrap the carbon tax', climate, 'climate action'))

  it('“yeah, right” in any case marks sarcasm', () => silent('Yeah, right. We will scrap the carbon tax.', climate))

  it('“como si” at the start of “como siempre” is no sarcasm', () =>
    flagged('Vamos a eliminar la reforma de pensiones, como siempre dijimos.', 'eliminar la reforma de pensiones', support('la reforma de pensiones', ['reforma de pensiones']), 'la reforma de pensiones', 'es'))

  it('a French marker with an apostrophe, straight or curly', async () => {
    const ecotaxe = support("l'écotaxe", ['écotaxe'])
    await silent("Mais oui, c'est ça, parce que nous allons supprimer l'écotaxe.", ecotaxe, 'fr')
    await silent('Mais oui, c’est ça, parce que nous allons supprimer l’écotaxe.', ecotaxe, 'fr')
  })
})
