// value-coherence through its stance reader (rules/lib/stance-reader.ts): which clause of a post
// is read as for or against a declared position, and which says nothing of the office's stance
// (a question, a quotation, reported speech, mixed evidence). Each case is linted twice: an
// office of the stance read hears nothing, one of the other stance is warned on the evidence.
import {describe, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import type {Language} from '../../rules/types.js'
import {checkInvalid, checkValid} from '../helpers/rule-tester.js'
import {contradiction, opposite, type Stance} from '../helpers/value-coherence-messages.js'

type Position = {topic: string; keywords: string[]; counterKeywords?: string[]; supportTerms?: string[]; opposeTerms?: string[]}
type Case = {text: string; reading: Stance | 'none'; evidence?: string; position: Position; lang?: Language; sentiment?: boolean}

const climate: Position = {
  topic: 'climate action',
  keywords: ['climate action', 'carbon tax', 'clean energy'],
  counterKeywords: ['emissions', 'pollution'],
  supportTerms: ['#ClimateAction'],
  opposeTerms: ['#AxeTheTax', 'drill baby drill']
}
const premier: Position = {topic: 'Premier Smith', keywords: ['Danielle Smith', '@ABPremier']}
const ceta: Position = {topic: 'the CETA', keywords: ['CETA']}
const agenda: Position = {topic: 'the 2030 Agenda', keywords: ['Agenda 2030']}
const taxeCarbone: Position = {topic: 'la taxe carbone', keywords: ['taxe carbone', 'écotaxe']}
const healthcare: Position = {topic: 'public health care', keywords: ['public health care'], counterKeywords: ['Danielle Smith']}
const climateChange: Position = {topic: 'climate action', keywords: ['climate change', 'carbon tax', 'clean energy'], counterKeywords: ['emissions', 'pollution']}
const transit: Position = {topic: 'public transit', keywords: ['public transit', 'transit pass']}
const pensiones: Position = {topic: 'la reforma de pensiones', keywords: ['reforma de pensiones']}


async function check({text, reading, evidence, position, lang = 'en', sentiment}: Case) {
  const values = (stance: Stance) => ({positions: [{...position, stance}]})
  const options = sentiment === undefined ? undefined : {sentiment}
  if (reading === 'none') {
    await checkValid(rule, {text, lang, options, values: values('support')})
    await checkValid(rule, {text, lang, options, values: values('oppose')})
    return
  }
  await checkValid(rule, {text, lang, options, values: values(reading)})
  await checkInvalid(rule, {text, lang, options, values: values(opposite[reading]), errors: [contradiction(text, evidence!, position.topic, opposite[reading])]})
}

describe('value-coherence: what the stance reader reads', () => {
  it.each<Case>([
    // Questions: only the sentence that asks is left alone.
    {text: 'We will scrap the carbon tax. Who is with us?', reading: 'oppose', evidence: 'scrap the carbon tax', position: climate},
    {text: 'Should we scrap the carbon tax? #cdnpoli', reading: 'none', position: climate},
    {text: '(Should we scrap the carbon tax?)', reading: 'none', position: climate},
    {text: 'They ask “why?” and we will scrap the carbon tax.', reading: 'oppose', evidence: 'scrap the carbon tax', position: climate},
    {text: 'La taxe carbone est « une catastrophe ? »', reading: 'none', position: taxeCarbone, lang: 'fr'},
    // An elided article ("l'") is a word of its own: the evidence starts at the topic.
    {text: 'Pour nos agriculteurs, l’écotaxe est une catastrophe.', reading: 'oppose', evidence: 'écotaxe est une catastrophe', position: taxeCarbone, lang: 'fr'},
    // Handles and hashtags.
    {text: 'We will never support @ABPremier.', reading: 'oppose', evidence: 'never support @ABPremier', position: premier},
    {text: 'Join us on Saturday #ScrapTheCarbonTax', reading: 'oppose', evidence: '#ScrapTheCarbonTax', position: climate},
    {text: 'We will scrap the #carbonTax.', reading: 'oppose', evidence: 'scrap the #carbonTax', position: climate},
    {text: 'Rally on Parliament Hill at noon #StopCETANow', reading: 'oppose', evidence: '#StopCETANow', position: ceta},
    {text: 'Rally on Parliament Hill at noon #StopAgenda2030', reading: 'oppose', evidence: '#StopAgenda2030', position: agenda},
    {text: 'Their slogan is “#AxeTheTax” and we answer with facts.', reading: 'none', position: climate},
    // A pronoun in a later sentence speaks of the person the post named.
    {text: 'Danielle Smith toured the site today. We will never support her.', reading: 'oppose', evidence: 'never support her', position: premier},
    {text: 'Danielle Smith toured the site today. We will never support “her” plan.', reading: 'none', position: premier},
    // …in the role the person was named in: refusing to back an opponent of the topic supports it.
    {text: 'Danielle Smith toured the clinic today. We will never support her.', reading: 'support', evidence: 'never support her', position: healthcare},
    // A cue word inside a topic's name ("transit pass") is no cue for what follows.
    {text: 'A transit pass for every student and better public transit in every town.', reading: 'none', position: transit},
    // A negated verb over a cue noun: not wanting to stop the repeal is wanting the repeal.
    {text: 'We do not want to stop the repeal of the carbon tax.', reading: 'oppose', evidence: 'not want to stop the repeal of the carbon tax', position: climate},
    // Reported speech and quotations are someone else's stance.
    {text: 'We will scrap the carbon tax. The minister says otherwise.', reading: 'oppose', evidence: 'scrap the carbon tax', position: climate},
    {text: 'The minister says drill baby drill.', reading: 'none', position: climate},
    {text: 'They chanted “drill baby drill” all night.', reading: 'none', position: climate},
    // Mixed evidence says nothing; a negator alone is no cue.
    {text: 'We support clean energy and will scrap the carbon tax.', reading: 'none', position: climate},
    {text: 'There is no carbon tax in this budget.', reading: 'none', position: climate},
    {text: 'No hay ninguna reforma de pensiones en este presupuesto.', reading: 'none', position: pensiones, lang: 'es'},
    // The cue right before a topic, with what negates it, up to the clause's start.
    {text: 'We will never stop fighting for clean energy.', reading: 'support', evidence: 'never stop fighting for clean energy', position: climate},
    {text: 'We do not oppose protecting clean energy.', reading: 'support', evidence: 'protecting clean energy', position: climate},
    {text: 'We will scrap the ‘temporary’ carbon tax.', reading: 'oppose', evidence: 'scrap the ‘temporary’ carbon tax', position: climate},
    {text: 'We support a stop to the carbon tax.', reading: 'oppose', evidence: 'support a stop to the carbon tax', position: climate},
    {text: 'We oppose the funding of clean energy.', reading: 'oppose', evidence: 'oppose the funding of clean energy', position: climate},
    {text: 'We will cut the funding for clean energy.', reading: 'oppose', evidence: 'cut the funding for clean energy', position: climate},
    {text: 'We oppose the radical carbon tax.', reading: 'oppose', evidence: 'radical carbon tax', position: climate},
    // Cutting the topic is unclear; cutting what it fights supports it.
    {text: 'We will cut the carbon tax in half.', reading: 'none', position: climate},
    {text: 'Our plan will cut emissions in half by 2030.', reading: 'support', evidence: 'cut emissions', position: climate},
    // A judgement or a passive verb after the topic, up to eight words on, until another verb takes over.
    {text: 'The carbon tax that they brought in last year is a disaster.', reading: 'oppose', evidence: 'carbon tax that they brought in last year is a disaster', position: climate},
    {text: 'The carbon tax that they brought in last year is now a disaster.', reading: 'none', position: climate},
    {text: 'The carbon tax will protect families from disaster.', reading: 'none', position: climate},
    {text: 'The carbon tax must be stopped.', reading: 'oppose', evidence: 'carbon tax must be stopped', position: climate},
    {text: 'Emissions were cut in half last year.', reading: 'none', position: climate},
    {text: 'Clean energy is a hoax.', reading: 'oppose', evidence: 'Clean energy is a hoax', position: climate},
    {text: 'The emissions crisis is a hoax.', reading: 'oppose', evidence: 'emissions crisis is a hoax', position: climate},
    {text: 'Climate change is real.', reading: 'support', evidence: 'Climate change is real', position: climateChange},
    {text: 'The emissions crisis is real.', reading: 'support', evidence: 'emissions crisis is real', position: climate},
    // Where no cue decides, the clause's AFINN-165 score (English only), from +3 or -3.
    {text: 'Clean energy is excellent for our town.', reading: 'support', evidence: 'Clean energy', position: climate},
    {text: 'Clean energy is excellent for our town.', reading: 'none', position: climate, sentiment: false},
    {text: 'Wonderful news for clean energy today.', reading: 'support', evidence: 'clean energy', position: climate},
    {text: 'The carbon tax is awful for families.', reading: 'oppose', evidence: 'carbon tax', position: climate},
    {text: 'Pollution hurts our kids.', reading: 'none', position: climate},
    {text: 'L’écotaxe est super pour nos villes.', reading: 'none', position: taxeCarbone, lang: 'fr'},
  ])('$text', check)
})
