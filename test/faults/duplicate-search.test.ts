// Issue 21, item 1: the duplicate-post search over a run must stay bounded in memory and
// time however many posts look alike ("Today I met ..." templates), and still find a
// planted repeat. Before, every pair that shared a bucket went into one Set, which
// overflowed ("Set maximum size exceeded") at about 17,000 template-like posts.
import {describe, expect, it} from 'vitest'
import {signature, similarPairs} from '../../rules/lib/minhash.js'
import {postWords} from '../../rules/redundancy.js'
import {rule as valueCoherence} from '../../rules/value-coherence.js'
import type {PostSummary} from '../../rules/types.js'

const PLACES = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Clinton', 'Salem', 'Franklin']
const TOPICS = ['the new bridge', 'the school budget', 'the flood plan', 'rural clinics', 'bus routes', 'small business loans']

/** "Today I met ..." posts: each pair alike enough to share LSH buckets, few alike enough to be repeats. */
function templatePost(index: number): string {
  return `Today I met the ${PLACES[index % PLACES.length]} council and ${index} residents of ward ${index * 7} to talk about ${TOPICS[index % TOPICS.length]} and what comes next for our district.`
}

describe('item 1: the duplicate search over 20,000 template-like posts', () => {
  it('finishes, compares each post with a bounded number of others, and finds the draft that repeats a published post', () => {
    const total = 20_000
    const texts = Array.from({length: total}, (_, index) => templatePost(index))
    // The last post (a draft) repeats the first one (published) with its last word changed.
    texts.push(templatePost(0).replace('district', 'county'))
    const signatures = texts.map((text) => signature(postWords(text), 8)!)
    const isDraft = (index: number) => index === total
    const found: [number, number, number][] = []
    const {compared} = similarPairs(signatures, 0.85, isDraft, (a, b, value) => found.push([a, b, value]))
    expect(found.filter(([, later]) => later === total).map(([earlier]) => earlier)).toContain(0)
    // Only the draft looks for its earlier posts: published posts are never compared with each other.
    expect(compared).toBeLessThanOrEqual(64 * signatures.length)
  })

  it('compares at most 64 candidates per post on average when every post is a draft', () => {
    const texts = Array.from({length: 20_000}, (_, index) => templatePost(index))
    const signatures = texts.map((text) => signature(postWords(text), 8)!)
    const {compared} = similarPairs(signatures, 0.85, () => true, () => {})
    expect(compared).toBeLessThanOrEqual(64 * signatures.length)
  })
})

describe('item 1: the other comparison across a run', () => {
  it('value-coherence compares 100,000 posts on one topic in one pass, naming the first post that disagrees', () => {
    const at = {line: 1, column: 1}
    const posts: PostSummary[] = Array.from({length: 100_000}, (_, index) => ({
      index,
      path: `${index}.txt`,
      date: undefined,
      published: false,
      summary: {stances: [{topic: 'climate action', stance: index === 99_999 ? -1 : 1, at}]}
    }))
    const findings = valueCoherence.crossPost!.compare(posts, {sentiment: true})
    expect(findings).toHaveLength(100_000)
    expect(findings[0]).toEqual({
      post: 0,
      messageId: 'cross-post',
      data: {reading: {fragment: 'supporting'}, topic: 'climate action', other: '99999.txt', otherReading: {fragment: 'opposing'}},
      at
    })
    expect(findings.at(-1)!.data!.other).toBe('0.txt')
  })
})
