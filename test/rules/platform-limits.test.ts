import {beforeAll, describe, expect, it} from 'vitest'
import {blueskyShortUrl, countPost, graphemeLength, prepareCount} from '../../rules/lib/platform-count.js'
import {splitHashtag} from '../../rules/lib/hashtag-words.js'
import {rule, splitParts} from '../../rules/platform-limits.js'
import {configFor} from '../../src/api.js'
import {lintSources} from '../../src/engine/run.js'
import {ruleTester} from '../helpers/rule-tester.js'

const X = {name: 'X', limit: 280, unit: 'weighted', unitName: 'weighted characters', urlLength: 23} as const
const BLUESKY = {name: 'Bluesky', limit: 300, unit: 'graphemes', unitName: 'characters', shortenLinks: true} as const
const MASTODON = {name: 'Mastodon', limit: 500, unit: 'graphemes', unitName: 'characters', urlLength: 23, localMentions: true} as const
const THREADS = {name: 'Threads', limit: 500, unit: 'threads', unitName: 'characters'} as const
const a = (n: number) => 'a'.repeat(n)
const tooLong = (what: string, count: number, limit: number, unit: string, platform: string) =>
  `${what} is ${count}/${limit} ${unit} on ${platform}: ${count - limit} over. Shorten it, or split it into a thread (parts separated by a line holding only ---).`

describe('counting as each platform counts', () => {
  beforeAll(() => prepareCount(X))

  it('X: twitter-text weights (CJK and emoji 2, accents and typographic quotes 1, the ellipsis 2, links and bare domains 23)', () => {
    const cases: [string, number][] = [
      ['日本語', 6],
      ['👍', 2],
      ['👨‍👩‍👧‍👦', 2],
      ['🇨🇦', 2],
      ['héllo ñandú ça ão', 17],
      ['—–’“”…', 7],
      ['gob.mx', 23],
      ['Ver congreso.gob.pe/ley y https://example.com/a/b', 53]
    ]
    expect(cases.map(([text]) => [text, countPost(text, X).count])).toEqual(cases)
  })

  it('X: the first character over 280 is the 281st weighted one', () => {
    expect(countPost(a(300), X)).toEqual({count: 300, limit: 280, firstOver: 280})
    expect(countPost('日'.repeat(141), X)).toEqual({count: 282, limit: 280, firstOver: 140})
  })

  it('Bluesky and Mastodon: graphemes (a family, a flag and e + combining accent are one each)', () => {
    expect([graphemeLength('👨‍👩‍👧‍👦'), graphemeLength('🇨🇦'), graphemeLength('e\u0301'), graphemeLength('Hola 👨‍👩‍👧‍👦')]).toEqual([1, 1, 1, 6])
    expect(countPost('é'.repeat(299) + '🇨🇦🇨🇦', BLUESKY)).toEqual({count: 301, limit: 300, firstOver: 303})
  })

  it('Bluesky shortens links before counting; Mastodon counts links as 23 and remote mentions as @user', () => {
    expect(blueskyShortUrl('https://example.com/a/very/long/path/here')).toBe('example.com/a/very/long/...')
    expect(countPost('Hola 👨‍👩‍👧‍👦 https://example.com/a/very/long/path/here', BLUESKY).count).toBe(34)
    expect(countPost('Read https://example.com/a/very/long/path/here now', MASTODON).count).toBe(32)
    expect(countPost('Hi @maria@mastodon.social', MASTODON).count).toBe(9)
  })

  it('Threads counts emoji as their UTF-8 bytes', () => {
    expect([countPost('😀', THREADS).count, countPost('👍🏽', THREADS).count, countPost('ñ', THREADS).count]).toEqual([4, 8, 1])
  })
})

describe('threads of posts', () => {
  it('splits at separator lines, leaves out front matter and comments, keeps file offsets', () => {
    const text = '---\nplatform: x\n---\nFirst <!-- parllint-disable -->part\n---\n  Second\n'
    const parts = splitParts(text, [[0, 20], [26, 51]], '---')
    expect(parts.map((part) => part.text)).toEqual(['First part', 'Second'])
    expect(text[parts[1]!.offsets[0]!]).toBe('S')
  })
})

describe('the length kept for the html report', () => {
  it('is the first part’s count on the post’s platform, with the instance’s limit; none without a platform', async () => {
    const lengths: unknown[] = []
    const config = configFor({registry: [rule], rules: {'platform-limits': {severity: 2, options: {mastodon: {maxCharacters: 100}}}}})
    const sources = [`---\nplatform: mastodon\n---\n${a(120)}\n---\n${a(600)}`, a(120)].map((text, index) => ({path: `/drafts/${index}.txt`, explicit: false, bytes: new TextEncoder().encode(text)}))
    await lintSources(sources, {rules: [rule], resolver: {forFile: async () => config}, isIgnored: async () => false, withSource: true, onResult: (result) => void lengths.push(result.lengths?.[0])})
    expect(lengths).toEqual([{count: 120, limit: 100, unit: 'characters', platform: 'Mastodon', part: 1, of: 2}, undefined])
  })

  it('has one entry per part that has text: an empty part is skipped, and a post with no text keeps none', async () => {
    const kept: unknown[] = []
    const config = configFor({registry: [rule], rules: {'platform-limits': {severity: 2, options: {}}}})
    const sources = [`---\nplatform: mastodon\n---\n${a(5)}\n---\n---\n${a(7)}`, '---\nplatform: mastodon\n---\n'].map((text, index) => ({path: `/drafts/${index}.txt`, explicit: false, bytes: new TextEncoder().encode(text)}))
    await lintSources(sources, {rules: [rule], resolver: {forFile: async () => config}, isIgnored: async () => false, withSource: true, onResult: (result) => void kept.push(result.lengths)})
    expect(kept).toEqual([
      [
        {count: 5, limit: 500, unit: 'characters', platform: 'Mastodon', part: 1, of: 3},
        {count: 7, limit: 500, unit: 'characters', platform: 'Mastodon', part: 3, of: 3}
      ],
      undefined
    ])
  })
})

describe('run-together hashtags', () => {
  it('splits into the fewest dictionary words, in English and Spanish', () => {
    expect(splitHashtag('climateaction', 'en')).toEqual(['climate', 'action'])
    expect(splitHashtag('healthcare', 'en')).toBeUndefined()
    expect(splitHashtag('saludmental', 'es')).toEqual(['salud', 'mental'])
    expect(splitHashtag('saludmental', 'fr')).toBeUndefined()
  })
})

ruleTester(rule, {
  valid: [
    {name: 'no platform: no length to check', text: a(400)},
    {name: 'exactly 280 on X', text: a(280), platform: 'x'},
    {name: 'directives and front matter do not count', text: `---\nplatform: x\n---\n<!-- parllint-enable -->\n${a(280)}`},
    {name: 'two hashtags on X, CamelCase', text: 'Proud day #ClimateAction #Vote', platform: 'x'},
    {name: 'a one-word lowercase hashtag', text: 'Go #vote today', platform: 'x'},
    {name: 'consistent thread numbering', text: '1/2 First\n---\n2/2 Second', platform: 'x'},
    {name: 'alt text present', text: '---\nplatform: x\nmedia:\n  - file: chart.png\n    alt: Bar chart of school funding by year\n---\nNew figures.'},
    {name: 'a profile is not a post', text: `---\nkind: profile\nplatform: x\n---\n${a(300)} #one #two #three`},
    {name: 'no alt text limit without a platform', text: `---\nmedia:\n  - file: chart.png\n    alt: ${a(3000)}\n---\nNew figures.`},
    {name: 'numbers inside a part are not its numbering', text: 'We won 3/4 seats\n---\nand 1/2 of towns', platform: 'x'},
    {name: 'another separator: the default one is text', text: '1/2 First\n---\nstill first\n+++\n2/2 Second', platform: 'x', options: {threadSeparator: '+++'}},
    {name: 'links count 23 on Mastodon by default', text: `${a(476)} https://example.org/a/long/path/to/a/page`, platform: 'mastodon'},
    {name: 'the CamelCase check turned off', text: 'Proud of our vote #climateaction', platform: 'x', options: {hashtagCase: false}},
    {name: 'hashtags in capitals, with digits, short or one word are not run together', text: 'Go and vote today, friends: #Climateaction #climate2026 #vote #votes', platform: 'bluesky'},
    {name: 'three hashtags and emoji are not a wall of them', text: '🎉 #Vote #Today', platform: 'bluesky'},
    {name: 'four of them among as many words are not either', text: '🎉🎉 #Vote #Today see you all there', platform: 'bluesky'},
    {name: 'a single post starting with a fraction is not numbered', text: '2/3 of voters back the plan.', platform: 'x'},
    {name: 'a run-together hashtag under six letters is left alone', text: 'We did it! #wewin', platform: 'x'},
    {name: 'alt text exactly at X’s limit of 1,000', text: `---\nplatform: x\nmedia:\n  - file: a.png\n    alt: ${a(1000)}\n---\nNew figures.`}
  ],
  invalid: [
    {
      name: 'over the X limit, pointing at the first character over',
      text: a(300),
      platform: 'x',
      errors: [{messageId: 'too-long', message: tooLong('This post', 300, 280, 'weighted characters', 'X'), line: 1, column: 281, endLine: 1, endColumn: 301, severity: 2}]
    },
    {
      name: 'each part of a thread on its own',
      text: `${a(10)}\n---\n${a(290)}`,
      platform: 'x',
      errors: [{messageId: 'too-long', message: tooLong('Part 2 of this thread', 290, 280, 'weighted characters', 'X'), line: 3, column: 281, endLine: 3, endColumn: 291, severity: 2}]
    },
    {
      name: 'Bluesky bytes: 150 characters, but 3,150 bytes',
      text: ('e' + '\u0301'.repeat(10)).repeat(150),
      platform: 'bluesky',
      errors: [{messageId: 'too-many-bytes', message: 'This post is 3150/3000 bytes on Bluesky: 150 over. Shorten it.', line: 1, column: 1563, endLine: 1, endColumn: 1651, severity: 2}]
    },
    {
      name: 'the instance limit from options',
      text: a(101),
      platform: 'mastodon',
      options: {mastodon: {maxCharacters: 100}},
      errors: [{messageId: 'too-long', message: tooLong('This post', 101, 100, 'characters', 'Mastodon'), line: 1, column: 101, endLine: 1, endColumn: 102, severity: 2}]
    },
    {
      name: 'wrong thread numbering, with a fix',
      text: '1/3 First\n---\n3/3 Second\n---\nThird 3/3',
      platform: 'x',
      output: '1/3 First\n---\n2/3 Second\n---\nThird 3/3',
      errors: [
        {
          messageId: 'thread-numbering',
          message: 'This part is numbered “3/3”, but it is part 2 of 3. Write “2/3”.',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 4,
          severity: 1,
          fix: {range: [14, 17], text: '2/3'}
        }
      ]
    },
    {
      name: 'hashtags over Instagram’s cap',
      text: 'Our week in the district, from the school board to the new clinic: #one #two #three #four #five #six',
      platform: 'instagram',
      errors: [
        {
          messageId: 'too-many-hashtags',
          message: '6 hashtags in one post: Instagram allows 5 since December 2025. Keep the 5 that matter most.',
          line: 1,
          column: 97,
          endLine: 1,
          endColumn: 101,
          severity: 2
        }
      ]
    },
    {
      name: 'a run-together hashtag, with the CamelCase fix',
      text: 'Proud of our vote #climateaction',
      platform: 'x',
      output: 'Proud of our vote #ClimateAction',
      errors: [
        {
          messageId: 'hashtag-case',
          message: '#climateaction runs words together, and screen readers read it as one word. Write #ClimateAction.',
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 33,
          severity: 1,
          fix: {range: [18, 32], text: '#ClimateAction'}
        }
      ]
    },
    {
      name: 'mostly hashtags and emoji',
      text: '🎉🎉 #Vote #Today wow',
      platform: 'bluesky',
      errors: [
        {
          messageId: 'mostly-syntax',
          message: 'This post is mostly hashtags and emoji (4 of them, 1 word), and screen readers read each one out. Say it in words and keep one or two.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 22,
          severity: 1
        }
      ]
    },
    {
      name: 'missing and too long alt text',
      text: `---\nplatform: x\nmedia:\n  - file: a.png\n  - file: b.png\n    alt: ${a(1001)}\n---\nNew figures.`,
      errors: [
        {
          messageId: 'missing-alt',
          message: 'The image a.png has no alt text: people who use screen readers will not know what it shows. Add “alt” describing it, including any text in the image.',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 5,
          severity: 1
        },
        {messageId: 'alt-too-long', message: 'The alt text of b.png is 1001 characters, and X allows 1000. Shorten it.', line: 5, column: 5, endLine: 5, endColumn: 5, severity: 2}
      ]
    },
    {
      name: 'images without alt text, with or without a platform or a file name',
      text: '---\nmedia:\n  - file: a.png\n    alt: "  "\n  - {}\n---\nNew figures.',
      errors: [
        {
          messageId: 'missing-alt',
          message: 'The image a.png has no alt text: people who use screen readers will not know what it shows. Add “alt” describing it, including any text in the image.',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 5,
          severity: 1
        },
        {
          messageId: 'missing-alt',
          message: 'The image in media has no alt text: people who use screen readers will not know what it shows. Add “alt” describing it, including any text in the image.',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 5,
          severity: 1
        }
      ]
    },
    {
      name: 'front matter does not make a post a thread',
      text: `---\nplatform: x\n---\n${a(281)}`,
      errors: [{messageId: 'too-long', message: tooLong('This post', 281, 280, 'weighted characters', 'X'), line: 4, column: 281, endLine: 4, endColumn: 282, severity: 2}]
    },
    {
      name: 'an empty part of a thread is skipped, and still counts as a part',
      text: `${a(5)}\n---\n---\n${a(281)}`,
      platform: 'x',
      errors: [{messageId: 'too-long', message: tooLong('Part 3 of this thread', 281, 280, 'weighted characters', 'X'), line: 4, column: 281, endLine: 4, endColumn: 282, severity: 2}]
    },
    {
      name: 'Mastodon counts links as the instance says',
      text: `${a(476)} https://example.org/a/long/path/to/a/page`,
      platform: 'mastodon',
      options: {mastodon: {urlLength: 30}},
      errors: [{messageId: 'too-long', message: tooLong('This post', 507, 500, 'characters', 'Mastodon'), line: 1, column: 478, endLine: 1, endColumn: 519, severity: 2}]
    },
    {
      name: 'numbering at the end of a part, with spaces, and another separator',
      text: 'First 1/2\n+++\nSecond 1 / 2',
      platform: 'x',
      options: {threadSeparator: '+++'},
      output: 'First 1/2\n+++\nSecond 2/2',
      errors: [
        {
          messageId: 'thread-numbering',
          message: 'This part is numbered “1 / 2”, but it is part 2 of 2. Write “2/2”.',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 13,
          severity: 1,
          fix: {range: [21, 26], text: '2/2'}
        }
      ]
    },
    {
      name: 'hashtags over X’s advice: a warning',
      text: 'Vote today #One #Two #Three',
      platform: 'x',
      errors: [
        {messageId: 'too-many-hashtags', message: '3 hashtags in one post: X advises no more than 2. Keep the 2 that matter most.', line: 1, column: 22, endLine: 1, endColumn: 28, severity: 1}
      ]
    },
    {
      name: 'a Spanish run-together hashtag',
      text: 'Cuidemos la #saludmental',
      platform: 'x',
      lang: 'es',
      output: 'Cuidemos la #SaludMental',
      errors: [
        {
          messageId: 'hashtag-case',
          message: '#saludmental runs words together, and screen readers read it as one word. Write #SaludMental.',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 25,
          severity: 1,
          fix: {range: [12, 24], text: '#SaludMental'}
        }
      ]
    },
    {
      name: 'nothing but emoji and hashtags, links are not words',
      text: '🎉🎉🎉 #Vote https://example.org/vote',
      platform: 'bluesky',
      errors: [
        {
          messageId: 'mostly-syntax',
          message: 'This post is mostly hashtags and emoji (4 of them, 0 words), and screen readers read each one out. Say it in words and keep one or two.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 38,
          severity: 1
        }
      ]
    },
    {
      name: 'more hashtags and emoji than words',
      text: '🎉 #Vote #Today #Now go there',
      platform: 'bluesky',
      errors: [
        {
          messageId: 'mostly-syntax',
          message: 'This post is mostly hashtags and emoji (4 of them, 2 words), and screen readers read each one out. Say it in words and keep one or two.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 30,
          severity: 1
        }
      ]
    },
    {
      name: 'an http link is not words either',
      text: '🎉🎉🎉 #Vote http://example.org/vote',
      platform: 'bluesky',
      errors: [
        {
          messageId: 'mostly-syntax',
          message: 'This post is mostly hashtags and emoji (4 of them, 0 words), and screen readers read each one out. Say it in words and keep one or two.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 37,
          severity: 1
        }
      ]
    },
    {
      name: 'numbering with the wrong total in every part',
      text: '1/3 First\n---\n2/3 Second',
      platform: 'x',
      output: '1/2 First\n---\n2/2 Second',
      errors: [
        {messageId: 'thread-numbering', message: 'This part is numbered “1/3”, but it is part 1 of 2. Write “1/2”.', line: 1, column: 1, endLine: 1, endColumn: 4, severity: 1, fix: {range: [0, 3], text: '1/2'}},
        {messageId: 'thread-numbering', message: 'This part is numbered “2/3”, but it is part 2 of 2. Write “2/2”.', line: 3, column: 1, endLine: 3, endColumn: 4, severity: 1, fix: {range: [14, 17], text: '2/2'}}
      ]
    }
  ]
})
