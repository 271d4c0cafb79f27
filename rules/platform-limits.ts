// platform-limits: a draft fits the platform it is written for, counted the way
// that platform counts (X's weighted characters, Bluesky's graphemes and bytes,
// Mastodon's instance limit, Threads' emoji bytes); each part of a thread on its
// own, with consistent numbering; hashtags within the platform's cap and in
// CamelCase; not a wall of hashtags and emoji; images with alt text that fits.
import {splitHashtag} from './lib/hashtag-words.js'
import {loadData} from './lib/lexicon.js'
import {HASHTAG} from './lib/syntax.js'
import {countBytes, countPost, graphemeLength, prepareCount, type Count, type PlatformData} from './lib/platform-count.js'
import {keepSummary, report} from './report.js'
import type {Platform, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'platform-limits',
  description: 'Drafts fit their platform: its length limit as it counts, thread numbering, hashtags, alt text.',
  guideline: {
    section: 'Understand the reach and the impact of social networks',
    summary: 'Each platform is its own medium, with its own rules; a post must work where it is published.'
  },
  docs: 'docs/rules/platform-limits.md',
  defaultSeverity: 'error',
  schema: {
    type: 'object',
    properties: {
      threadSeparator: {type: 'string', minLength: 1, default: '---', description: 'A line holding only this separates the parts of a thread.'},
      mastodon: {
        type: 'object',
        additionalProperties: false,
        description: 'Your Mastodon instance’s limits (from /api/v2/instance).',
        properties: {
          maxCharacters: {type: 'integer', minimum: 1, default: 500},
          urlLength: {type: 'integer', minimum: 0, default: 23}
        }
      },
      hashtagCase: {type: 'boolean', default: true, description: 'Report run-together lowercase hashtags (#climateaction).'}
    },
    additionalProperties: false
  },
  defaultOptions: {threadSeparator: '---', mastodon: {maxCharacters: 500, urlLength: 23}, hashtagCase: true},
  fixable: true,
  messages: {
    'too-long': '{{what}} is {{count}}/{{limit}} {{unit}} on {{platform}}: {{over}} over. Shorten it, or split it into a thread (parts separated by a line holding only {{separator}}).',
    'too-many-bytes': '{{what}} is {{count}}/{{limit}} bytes on {{platform}}: {{over}} over. Shorten it.',
    'thread-numbering': 'This part is numbered “{{found}}”, but it is part {{index}} of {{total}}. Write “{{expected}}”.',
    'too-many-hashtags': '{{count}} hashtags in one post: {{platformRule}}. Keep the {{max}} that matter most.',
    'hashtag-case': '{{tag}} runs words together, and screen readers read it as one word. Write {{expected}}.',
    'mostly-syntax':
      'This post is mostly hashtags and emoji ({{syntax}} of them, {{words}}), and screen readers read each one out. Say it in words and keep one or two.',
    'missing-alt': 'The image {{file}} has no alt text: people who use screen readers will not know what it shows. Add “alt” describing it, including any text in the image.',
    'alt-too-long': 'The alt text of {{file}} is {{count}} characters, and {{platform}} allows {{limit}}. Shorten it.'
  }
}

type Options = {threadSeparator: string; mastodon: {maxCharacters?: number; urlLength?: number}; hashtagCase: boolean}
type Part = {text: string; offsets: number[]}

const EMOJI = /\p{Extended_Pictographic}/gu
const WORDS = /(?<![#@\p{L}\p{N}_])\p{L}[\p{L}\p{N}'’-]*/gu
const NUMBERED = /(?:^(\d{1,2})\s*\/\s*(\d{1,2})(?=\s|$))|(?:(?<=\s|^)(\d{1,2})\s*\/\s*(\d{1,2})\s*$)/u

const platformData = () => loadData<{platforms: Record<Platform, PlatformData>}>('platforms').platforms

const attacher: RuleAttacher = (raw) => {
  const options = raw as Options
  return async (_tree, file) => {
    const post = file.data.post
    if (!post || post.kind === 'profile') return
    const text = String(file.value)
    checkMedia()
    if (!post.platform) return
    const base = platformData()[post.platform]
    await prepareCount(base)
    const platform = post.platform === 'mastodon' ? {...base, limit: options.mastodon.maxCharacters ?? base.limit, urlLength: options.mastodon.urlLength ?? base.urlLength} : base
    const parts = splitParts(text, post.notPosted, options.threadSeparator)
    // Each part's length, for reports that show a gauge per part (a summary, not a finding).
    const lengths: {count: number; limit: number; unit: string; platform: string; part: number; of: number}[] = []

    parts.forEach((part, index) => {
      if (part.text.length === 0) return
      const what = parts.length > 1 ? `Part ${index + 1} of this thread` : 'This post'
      const end = part.offsets[part.text.length - 1]! + 1
      const over = (count: Count) => ({start: part.offsets[count.firstOver!]!, end})
      const length = countPost(part.text, platform)
      lengths.push({count: length.count, limit: length.limit, unit: platform.unitName, platform: platform.name, part: index + 1, of: parts.length})
      if (length.firstOver !== undefined) {
        report(file, meta, {
          messageId: 'too-long',
          span: over(length),
          data: {what, count: length.count, limit: length.limit, unit: platform.unitName, platform: platform.name, over: length.count - length.limit, separator: options.threadSeparator}
        })
      }
      if (platform.maxBytes) {
        const bytes = countBytes(part.text, platform.maxBytes)
        if (bytes.firstOver !== undefined) {
          report(file, meta, {messageId: 'too-many-bytes', span: over(bytes), data: {what, count: bytes.count, limit: bytes.limit, platform: platform.name, over: bytes.count - bytes.limit}})
        }
      }
      if (parts.length > 1) checkNumbering(part, index + 1, parts.length)
      checkHashtags(part, platform)
    })
    if (lengths.length > 0) keepSummary(file, meta, lengths)

    function checkNumbering(part: Part, index: number, total: number) {
      const match = NUMBERED.exec(part.text)
      if (!match) return
      const [found, at] = match[1] ? [match[0], match.index] : [match[0].trim(), match.index + match[0].indexOf(match[3]!)]
      const [number, of] = (match[1] ? [match[1], match[2]] : [match[3], match[4]]).map(Number)
      if (number === index && of === total) return
      const expected = `${index}/${total}`
      const start = part.offsets[at]!
      const endOffset = part.offsets[at + found.length - 1]! + 1
      report(file, meta, {
        messageId: 'thread-numbering',
        span: {start, end: endOffset},
        data: {found, index, total, expected},
        fix: {range: [start, endOffset], text: expected},
        warningOnly: true
      })
    }

    function checkHashtags(part: Part, platform: PlatformData) {
      const tags = [...part.text.matchAll(HASHTAG)]
      const cap = platform.hashtags
      if (cap && tags.length > cap.max) {
        const first = tags[cap.max]!
        const platformRule =
          cap.kind === 'enforced' ? `${platform.name} allows ${cap.max}${cap.since ? ` since ${cap.since}` : ''}` : `${platform.name} advises no more than ${cap.max}`
        report(file, meta, {
          messageId: 'too-many-hashtags',
          span: {start: part.offsets[first.index]!, end: part.offsets[first.index + first[0].length - 1]! + 1},
          data: {count: tags.length, platformRule, max: cap.max},
          warningOnly: cap.kind === 'advice'
        })
      }
      if (options.hashtagCase) {
        for (const tag of tags) {
          const body = tag[1]!
          if (body !== body.toLowerCase() || !/^\p{Ll}{6,}$/u.test(body)) continue
          const words = splitHashtag(body, post!.lang)
          if (!words) continue
          const expected = `#${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`
          const start = part.offsets[tag.index]!
          const endOffset = part.offsets[tag.index + tag[0].length - 1]! + 1
          report(file, meta, {messageId: 'hashtag-case', span: {start, end: endOffset}, data: {tag: tag[0], expected}, fix: {range: [start, endOffset], text: expected}, warningOnly: true})
        }
      }
      const syntax = tags.length + (part.text.match(EMOJI)?.length ?? 0)
      const words = (part.text.replace(/https?:\/\/\S+/gu, ' ').match(WORDS) ?? []).length
      if (syntax >= 4 && syntax > words) {
        report(file, meta, {messageId: 'mostly-syntax', span: {start: part.offsets[0]!, end: part.offsets[part.text.length - 1]! + 1}, data: {syntax, words: `${words} word${words === 1 ? '' : 's'}`}, warningOnly: true})
      }
    }

    function checkMedia() {
      const altLimit = post!.platform ? platformData()[post!.platform].altText : undefined
      for (const item of post!.media) {
        const name = typeof item.file === 'string' ? item.file : 'in media'
        const span = {start: item.at, end: item.at}
        const alt = typeof item.alt === 'string' ? item.alt.trim() : ''
        if (alt === '') {
          report(file, meta, {messageId: 'missing-alt', span, data: {file: name}, warningOnly: true})
          continue
        }
        const count = graphemeLength(alt)
        if (altLimit && count > altLimit) {
          report(file, meta, {messageId: 'alt-too-long', span, data: {file: name, count, limit: altLimit, platform: platformData()[post!.platform!].name}})
        }
      }
    }
  }
}

/**
 * The parts of a thread as they will be published: split at separator lines, with
 * what is not posted (front matter, parllint comments) left out, trimmed; each
 * character keeps its offset in the file.
 */
export function splitParts(text: string, notPosted: [number, number][], separator: string): Part[] {
  const skip = new Uint8Array(text.length)
  for (const [start, end] of notPosted) skip.fill(1, start, end)
  const lines = new RegExp(`^[ \\t]*${separator.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[ \\t]*$`, 'gmu')
  const breaks: [number, number][] = []
  for (const match of text.matchAll(lines)) if (!skip[match.index]) breaks.push([match.index, match.index + match[0].length])
  const bounds = [0, ...breaks.flat(), text.length]
  const parts: Part[] = []
  for (let index = 0; index < bounds.length; index += 2) {
    let partText = ''
    const offsets: number[] = []
    for (let offset = bounds[index]!; offset < bounds[index + 1]!; offset++) {
      if (skip[offset]) continue
      partText += text[offset]
      offsets.push(offset)
    }
    const lead = partText.length - partText.trimStart().length
    const kept = partText.trim()
    parts.push({text: kept, offsets: offsets.slice(lead, lead + kept.length)})
  }
  return parts
}

export const rule: RuleModule = {meta, attacher}
