// value-coherence with what it learns from the office's posts and its opponents'
// (config history and opponents): a draft on a declared position worded the way the
// opponents word it is reported with the words that lean and how strongly; one in the
// office's own words is not. The posts are invented.
import {describe, expect, it} from 'vitest'
import {rule} from '../../rules/value-coherence.js'
import type {PublishedPost} from '../../rules/types.js'
import {checkInvalid, checkValid, type Case} from '../helpers/rule-tester.js'

const places = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem', 'Clinton', 'Ashland', 'Oxford', 'Dayton', 'Franklin', 'Greenville']
const posts = (lang: PublishedPost['lang'], templates: string[]) => places.flatMap((place) => templates.map((template) => ({text: template.replace('{place}', place), lang})))

const own = posts('en', [
  'Abortion is health care: every woman in {place} deserves the freedom to decide.',
  'Reproductive freedom is health care, and we will protect it in {place}.'
])
const opponents = posts('en', [
  'Abortion ends a life. Every unborn child in {place} deserves protection.',
  'Pro-life families in {place} are praying for the unborn today.'
])
const values = {positions: [{topic: 'abortion rights', stance: 'support', keywords: ['abortion', 'reproductive freedom']}]}
const learning = {values, history: own, opponents} satisfies Omit<Case, 'text'>

describe('value-coherence, learned from the office’s and its opponents’ posts', () => {
  it('reports a draft in the opponents’ framing, naming the words that lean and how strongly', () =>
    checkInvalid(rule, {
      ...learning,
      text: 'Abortion ends the life of an unborn child.',
      errors: [
        {
          messageId: 'opponents-wording',
          message:
            'This post on abortion rights is worded the way your opponents word it: “unborn” appears in 24 of their posts and in none of the office’s, “ends” appears in 12 of their posts and in none of the office’s, and “life” appears in 12 of their posts and in none of the office’s. Check that it says what the office means, in the office’s own words.',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 36,
          severity: 2
        }
      ]
    }))

  it('says how many times as often a word the office also uses appears in the opponents’ posts', () =>
    checkInvalid(rule, {
      ...learning,
      history: [...own, ...places.slice(0, 2).map((place) => ({text: `Abortion care saves the life of many a mother in ${place}.`, lang: 'en' as const}))],
      text: 'Abortion policy is about life.',
      errors: [
        {
          messageId: 'opponents-wording',
          message:
            'This post on abortion rights is worded the way your opponents word it: “life” appears 5 times as often in their posts as in the office’s. Check that it says what the office means, in the office’s own words.',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 30,
          severity: 2
        }
      ]
    }))

  it('takes words that are also names of object properties as words', () => checkValid(rule, {...learning, text: 'Abortion: the constructor of __proto__.'}))

  it('says nothing of a draft in the office’s own framing', () => checkValid(rule, {...learning, text: 'Abortion is health care, and every woman deserves the freedom to decide.'}))

  it('says nothing when the leaning words are someone else’s, in quotation marks', () => checkValid(rule, {...learning, text: 'They call it “protecting the unborn child”, but abortion is health care.'}))

  it('says nothing of a sarcastic post', () => checkValid(rule, {...learning, text: 'Sure, because abortion ends the life of an unborn child 🙄'}))

  it('writes the message in the user’s locale', () =>
    checkInvalid(rule, {
      ...learning,
      text: 'Abortion ends the life of an unborn child.',
      locale: 'es',
      errors: [
        {
          messageId: 'opponents-wording',
          message:
            'Esta publicación sobre abortion rights está redactada como la redactan sus adversarios: «unborn» aparece en 24 de sus publicaciones y en ninguna del despacho, «ends» aparece en 12 de sus publicaciones y en ninguna del despacho y «life» aparece en 12 de sus publicaciones y en ninguna del despacho. Compruebe que dice lo que quiere decir el despacho, con sus propias palabras.',
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 36,
          severity: 2
        }
      ]
    }))

  it('learns nothing from a side with fewer than 20 posts in the draft’s language', () =>
    checkValid(rule, {...learning, opponents: opponents.slice(0, 19), text: 'Abortion ends the life of an unborn child.'}))

  // Only words of posts that name the position are tied to it: "praying" and "families" are not.
  it('explains, per position, the words learned for each side', () => {
    const learned = rule.learning!.learn({own, opponents}, {values, options: {}})
    expect(rule.learning!.explain(learned, {values, options: {}})).toEqual([
      {lang: 'en', topic: 'abortion rights', posts: {office: 24, opponents: 24}, office: ['health', 'care', 'freedom', 'woman', 'decide', 'reproductive', 'protect'], opponents: ['unborn', 'ends', 'life', 'child', 'protection']}
    ])
  })
})
