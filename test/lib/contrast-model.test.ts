// The learned contrast model behind value-coherence (rules/lib/contrast-model.ts), in-process:
// the words it reads from a post (links, hashtags, mentions, elided French words), what it
// keeps when it learns, and how a draft's lean is scored, with or without naming the position.
// The rule's own cases are in test/rules/value-coherence-learned.test.ts; these pin what a
// rule case can only show through a message. The posts are invented.
import {describe, expect, it} from 'vitest'
import {explainContrast, features, leanOf, learnContrast, type ContrastModel, type LanguageModel} from '../../rules/lib/contrast-model.js'
import type {Position} from '../../rules/lib/positions.js'
import {profileFor} from '../../rules/lib/profile.js'
import type {PublishedPost} from '../../rules/types.js'
import {rule} from '../../rules/value-coherence.js'
import {checkInvalid, checkValid} from '../helpers/rule-tester.js'

describe('features', () => {
  it('drops links, keeps hashtags and mentions as they are, and reads a hashtag as the words it is made of', () => {
    expect(features("Read www.example.org, https://t.co/x and #AxeTheTax #2024 with @JaneDoe: the people' vote", profileFor('en'))).toEqual([
      {word: 'read', start: 0, end: 4, counted: true, tag: false},
      {word: 'and', start: 37, end: 40, counted: false, tag: false},
      {word: '#axethetax', start: 41, end: 51, counted: true, tag: true},
      {word: 'axe', start: 41, end: 51, counted: true, tag: false},
      {word: 'the', start: 41, end: 51, counted: false, tag: false},
      {word: 'tax', start: 41, end: 51, counted: true, tag: false},
      // A hashtag of digits only is a tag, and made of no words.
      {word: '#2024', start: 52, end: 57, counted: true, tag: true},
      {word: 'with', start: 58, end: 62, counted: false, tag: false},
      {word: '@janedoe', start: 63, end: 71, counted: true, tag: true},
      {word: 'the', start: 73, end: 76, counted: false, tag: false},
      // A closing apostrophe is not part of the word.
      {word: 'people', start: 77, end: 84, counted: true, tag: false},
      {word: 'vote', start: 85, end: 89, counted: true, tag: false}
    ])
  })

  // "il" is a common word, not counted, once split off "s'".
  it('fr: splits an elided word off the next one, and only an elided word', () => {
    expect(features("Aujourd'hui, l'impôt s'il vote", profileFor('fr'))).toEqual([
      {word: "aujourd'hui", start: 0, end: 11, counted: false, tag: false},
      {word: "l'", start: 13, end: 15, counted: false, tag: false},
      {word: 'impôt', start: 15, end: 20, counted: true, tag: false},
      {word: "s'", start: 21, end: 23, counted: false, tag: false},
      {word: 'il', start: 23, end: 25, counted: false, tag: false},
      {word: 'vote', start: 26, end: 30, counted: true, tag: false}
    ])
  })
})

describe('learnContrast', () => {
  const repeat = (n: number, text: string) => Array.from({length: n}, () => ({text, lang: 'en' as const}))
  const own = [...repeat(2, 'The carbon tax hurts farmers and families.'), ...repeat(18, 'Farmers and families deserve better.')]
  // "green #Levy" names the position as "green levy" does; "#AxeTheTax" is one of its hashtags.
  const opponents = [...repeat(1, '#AxeTheTax, zebra!'), ...repeat(1, '#AxeTheTax today!'), ...repeat(2, 'The green #Levy kills jobs.'), ...repeat(16, 'Jobs matter for families.')]
  const values = {positions: [{topic: 'carbon pricing', stance: 'support' as const, keywords: ['carbon tax', 'green levy'], supportTerms: ['#AxeTheTax']}]}

  it('keeps words of at least two posts, and ties to the position those at least a tenth of whose posts name it', () => {
    expect(learnContrast({own, opponents}, values)).toEqual({
      languages: {
        en: {
          posts: [20, 20],
          total: [82, 65],
          // "zebra" is in one post only.
          words: {
            carbon: [2, 0],
            tax: [2, 2],
            hurts: [2, 0],
            farmers: [20, 0],
            families: [20, 16],
            deserve: [18, 0],
            better: [18, 0],
            '#axethetax': [0, 2],
            axe: [0, 2],
            green: [0, 2],
            '#levy': [0, 2],
            levy: [0, 2],
            kills: [0, 2],
            jobs: [0, 18],
            matter: [0, 16]
          },
          // "farmers": 2 of its 20 posts name the position, just enough; "families": 2 of 36, not enough.
          links: [{carbon: 2, tax: 4, hurts: 2, farmers: 2, '#axethetax': 2, axe: 2, green: 2, '#levy': 2, levy: 2, kills: 2, jobs: 2}]
        }
      }
    })
  })

  it('learns nothing for a language where one side has fewer than 20 posts', () => {
    expect(learnContrast({own: own.slice(1), opponents}, values)).toEqual({languages: {}})
    expect(learnContrast({own, opponents: opponents.slice(1)}, values)).toEqual({languages: {}})
  })
})

// A model as learned from 100 posts a side: δ and z of each word follow from its counts.
const words: LanguageModel['words'] = {
  unborn: [2, 30], // δ 2.198, z 3.95
  life: [1, 20], // δ 2.347, z 3.21
  prayer: [5, 15], // δ 0.990, z 2.07
  heartbeat: [0, 1], // δ 3.045, z 0.67: leans, but too rare to be sure of
  womb: [0, 1],
  care: [30, 2], // δ -2.198
  choice: [20, 1] // δ -2.347
}
const model = (links: LanguageModel['links']): ContrastModel => ({languages: {en: {posts: [100, 100], total: [1000, 1000], words, links}}})
const position = (topic: string, keyword: string): Position => ({topic, stance: 'support', keywords: [keyword]})
const values = {positions: [position('abortion rights', 'abortion'), position('health funding', 'hospital'), position('schools', 'school')]}
const delta = {unborn: 2.1980931583236276, life: 2.3465172256885998}
const leaning = {
  life: {word: 'life', own: 1, opponents: 20, ratio: 20.5 / 1.5},
  unborn: {word: 'unborn', own: 2, opponents: 30, ratio: 30.5 / 2.5}
}

describe('leanOf, a draft that names the position', () => {
  const learned = model([{}, {}, {}])

  it('adds up the δ of each word once, and names the clearest words first', () => {
    expect(leanOf(learned, 'Abortion: unborn, unborn life.', 'en', values)).toEqual({
      position: 0,
      score: expect.closeTo(delta.unborn + delta.life, 12),
      words: [
        {...leaning.life, start: 25, end: 29, ratio: expect.closeTo(leaning.life.ratio, 12)},
        {...leaning.unborn, start: 10, end: 16, ratio: expect.closeTo(leaning.unborn.ratio, 12)}
      ]
    })
  })

  it('does not lean when no word clearly does, however high the sum', () => expect(leanOf(learned, 'Abortion and the heartbeat.', 'en', values)).toBeUndefined())

  it('does not lean when the office’s words outweigh the opponents’', () => expect(leanOf(learned, 'Abortion: unborn care.', 'en', values)).toBeUndefined())
})

describe('leanOf, a draft tied to a position only by its words', () => {
  it('sums the δ of the tied words, and names only the tied words that lean', () =>
    expect(leanOf(model([{unborn: 30, life: 20}, {}, {}]), 'The unborn, life, prayer and a cat.', 'en', values)).toEqual({
      position: 0,
      score: expect.closeTo(delta.unborn + delta.life, 12),
      words: [
        {...leaning.life, start: 12, end: 16, ratio: expect.closeTo(leaning.life.ratio, 12)},
        {...leaning.unborn, start: 4, end: 10, ratio: expect.closeTo(leaning.unborn.ratio, 12)}
      ]
    }))

  it('does not lean below the higher threshold for a position not named', () => expect(leanOf(model([{unborn: 30, life: 20}, {}, {}]), 'Unborn prayer.', 'en', values)).toBeUndefined())

  it('does not lean when none of the tied words clearly leans', () =>
    expect(leanOf(model([{heartbeat: 1, womb: 1}, {}, {}]), 'Heartbeat, womb, prayer.', 'en', values)).toBeUndefined())

  it('takes the position its words are most tied to', () =>
    expect(leanOf(model([{unborn: 30, life: 20}, {unborn: 30, life: 20, heartbeat: 1}, {unborn: 30, life: 20}]), 'Unborn life, heartbeat.', 'en', values)).toMatchObject({
      position: 1,
      score: expect.closeTo(delta.unborn + delta.life + 3.045431983468058, 12)
    }))

  it('takes the first of two positions its words are tied to alike', () =>
    expect(leanOf(model([{}, {unborn: 30, life: 20}, {unborn: 30, life: 20}]), 'Unborn life.', 'en', values)).toMatchObject({position: 1}))
})

describe('explainContrast', () => {
  it('lists at most `top` words a side, the most typical first', () =>
    expect(explainContrast(model([{unborn: 30, life: 20, care: 30, choice: 20, heartbeat: 1}, {}, {}]), {positions: values.positions.slice(0, 1)}, 1)).toEqual([
      {lang: 'en', topic: 'abortion rights', posts: {office: 100, opponents: 100}, office: ['choice'], opponents: ['life']}
    ]))
})

// Through the rule, learning as in test/rules/value-coherence-learned.test.ts.
describe('value-coherence, a draft that does not name the position', () => {
  const places = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem', 'Clinton', 'Ashland', 'Oxford', 'Dayton', 'Franklin', 'Greenville']
  const posts = (templates: string[]): PublishedPost[] => places.flatMap((place) => templates.map((template) => ({text: template.replace('{place}', place), lang: 'en' as const})))
  const learning = {
    values: {positions: [{topic: 'abortion rights', stance: 'support', keywords: ['abortion', 'reproductive freedom']}]},
    history: posts(['Abortion is health care: every woman in {place} deserves the freedom to decide.', 'Reproductive freedom is health care, and we will protect it in {place}.']),
    opponents: posts(['Abortion ends a life. Every unborn child in {place} deserves protection.', 'Pro-life families in {place} are praying for the unborn today.'])
  }

  // "families" and "praying" lean too, but only in posts that do not name abortion: they are not shown.
  it('reports it when its words are those the opponents use about the position', () =>
    checkInvalid(rule, {
      ...learning,
      text: 'Every unborn child deserves protection, and our families are praying.',
      errors: [
        {
          messageId: 'opponents-wording',
          message:
            'This post on abortion rights is worded the way your opponents word it: “unborn” appears in 24 of their posts and in none of the office’s, “child” appears in 12 of their posts and in none of the office’s, and “protection” appears in 12 of their posts and in none of the office’s. Check that it says what the office means, in the office’s own words.',
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          severity: 2
        }
      ]
    }))

  it('says nothing of one in the office’s own words', () => checkValid(rule, {...learning, text: 'Every woman deserves the freedom to decide, and we will protect it.'}))
})
