// Counting as each platform counts (rules/lib/platform-count.ts), beyond the cases in
// test/rules/platform-limits.test.ts: link shortening at its edges, code points on the
// platforms that count them, where the first unit over a limit is, and X's loading.
import {describe, expect, it} from 'vitest'
import {blueskyShortUrl, countBytes, countPost, prepareCount, type PlatformData} from '../../rules/lib/platform-count.js'

const X: PlatformData = {name: 'X', limit: 280, unit: 'weighted', urlLength: 23}
const INSTAGRAM: PlatformData = {name: 'Instagram', limit: 2200, unit: 'characters'}
const BLUESKY: PlatformData = {name: 'Bluesky', limit: 300, unit: 'graphemes', shortenLinks: true}
const MASTODON: PlatformData = {name: 'Mastodon', limit: 500, unit: 'graphemes', urlLength: 23, localMentions: true}

describe('X', () => {
  // Runs first in this file, before anything loads twitter-text.
  it('is counted only once twitter-text is loaded', async () => {
    expect(() => countPost('Hello', X)).toThrow('parllint: countPost on X before prepareCount')
    await prepareCount(INSTAGRAM)
    expect(() => countPost('Hello', X)).toThrow('before prepareCount')
    await prepareCount(X)
    expect(countPost('Hello', X)).toEqual({count: 5, limit: 280})
  })
})

describe('Bluesky links', () => {
  it('show the host and at most 13 characters of a path longer than 15, whatever the scheme', () => {
    expect(blueskyShortUrl('https://example.org/abcdefghijklmn')).toBe('example.org/abcdefghijklmn')
    expect(blueskyShortUrl('HTTP://example.org/abcdefghijklmno')).toBe('example.org/abcdefghijkl...')
    expect(blueskyShortUrl('https://example.org/')).toBe('example.org')
    expect(blueskyShortUrl('https://example.org')).toBe('example.org')
  })

  it('count as their short form; the punctuation after a link is text', () => {
    expect(countPost('See https://example.org/abcdefghijklmnop.', BLUESKY).count).toBe(4 + 27 + 1)
  })
})

describe('other platforms', () => {
  it('Instagram counts code points: a family emoji is 7, an accent written apart is 2', () => {
    expect([countPost('👨‍👩‍👧‍👦', INSTAGRAM).count, countPost('é', INSTAGRAM).count, countPost('e\u0301', INSTAGRAM).count]).toEqual([7, 1, 2])
  })

  it('Mastodon counts a link as 23 only where the platform says so, and a remote mention as its local part', () => {
    expect(countPost('https://example.org/a/very/long/path/here', INSTAGRAM).count).toBe(41)
    expect(countPost('Hi @maria@mastodon.social!', MASTODON).count).toBe(3 + 6 + 1)
    expect(countPost('Hi @maria@mastodon.social!', BLUESKY).count).toBe(26)
  })

  it('points at the first character past the limit, not one before or after', () => {
    expect(countPost('abcdef', {...INSTAGRAM, limit: 4})).toEqual({count: 6, limit: 4, firstOver: 4})
    expect(countPost('abcd', {...INSTAGRAM, limit: 4})).toEqual({count: 4, limit: 4})
    expect(countPost('abcdef', INSTAGRAM, 5)).toEqual({count: 6, limit: 5, firstOver: 5})
    // A link counts all at once: the first character over is where it starts.
    expect(countPost('ab https://example.org/x', {...MASTODON, limit: 10})).toEqual({count: 26, limit: 10, firstOver: 3})
  })
})

describe('bytes', () => {
  it('counts UTF-8 bytes and points at the first character past the maximum', () => {
    expect(countBytes('añb', 3)).toEqual({count: 4, limit: 3, firstOver: 2})
    expect(countBytes('añ', 3)).toEqual({count: 3, limit: 3})
  })
})

describe('long posts, counted in windows', () => {
  // The grapheme counter segments long texts in windows of 256 code units; a window must
  // never end inside a surrogate pair, or an emoji joined to the one before it splits in two.
  it('keeps a skin tone with its emoji where the pair straddles a window edge', () => {
    const text = `${'a'.repeat(253)}👍🏿`
    expect(countPost(text, BLUESKY).count).toBe(254)
  })

  it('keeps a ZWJ sequence whole where its last emoji straddles a window edge', () => {
    // 🐀 is U+1F400: its low surrogate is U+DC00, the first one.
    const text = `${'a'.repeat(252)}👨‍🐀`
    expect(countPost(text, BLUESKY).count).toBe(253)
  })
})

describe('the result', () => {
  it('has no firstOver at all when the post fits', () => {
    expect(countPost('abcd', {...INSTAGRAM, limit: 4})).toStrictEqual({count: 4, limit: 4})
    expect(countBytes('añ', 3)).toStrictEqual({count: 3, limit: 3})
  })

  it('shortens a link whose host is one character', () => {
    expect(blueskyShortUrl('https://x/abcdefghijklmnopqrst')).toBe('x/abcdefghijkl...')
  })
})
