// The social syntax of a post (rules/lib/syntax.ts): what is left of a text once the links,
// hashtags and emoji after its last word are taken off.
import {describe, expect, it} from 'vitest'
import {withoutTrailing} from '../../rules/lib/syntax.js'

// As manager-disclosure and the stance reader call it: a link, a hashtag, or an emoji and what is glued to it.
const TOKEN = /^(?:https?:\/\/\S+|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}\S*)$/u

describe('withoutTrailing', () => {
  it('takes off the links, hashtags and emoji after the last word, and the spaces', () => {
    expect(withoutTrailing('Vote today -JD https://vote.gov #Budget2027 ✅  ', TOKEN)).toBe('Vote today -JD')
    expect(withoutTrailing('Vote today -JD', TOKEN)).toBe('Vote today -JD')
    expect(withoutTrailing('   ', TOKEN)).toBe('')
  })

  it('takes a token off only after a space: one glued to the word before it, or the text’s first, stays', () => {
    expect(withoutTrailing('Approved✅', TOKEN)).toBe('Approved✅')
    expect(withoutTrailing('#Budget2027 #VoteYes https://vote.gov', TOKEN)).toBe('#Budget2027')
  })
})
