// In a Markdown draft only the prose is linted: text of paragraphs, headings,
// lists, emphasis and link labels. Code, HTML, link targets and markup are not,
// except the lines that separate the parts of a thread: "---" is a rule, or a
// heading's underline, in Markdown, and it is kept so threads are split there.
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes} from 'mdast'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {MAX_MARKDOWN_MARKS, MAX_MARKDOWN_NESTING} from '../limits.js'
import {TEXTS} from './texts.js'

export type MarkdownLayout = {
  /** Offsets of the prose, to keep. */
  prose: [number, number][]
  /** Offsets of raw HTML, where directive comments live. */
  html: [number, number][]
}

export function markdownLayout(text: string): MarkdownLayout {
  const layout: MarkdownLayout = {prose: [], html: []}
  // A stack, not recursion: nesting depth is the draft's to choose.
  const stack: Nodes[] = [fromMarkdown(text)]
  for (let node = stack.pop(); node; node = stack.pop()) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      if (node.type === 'text' || node.type === 'thematicBreak') layout.prose.push([start, end])
      else if (node.type === 'html') layout.html.push([start, end])
      else if (node.type === 'heading') {
        // A heading underlined with "---" or "===" (setext): the underline is its last line.
        const contentEnd = node.children.at(-1)?.position?.end.offset ?? start
        const underline = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1
        if (underline > contentEnd) layout.prose.push([underline, end])
      }
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
  return layout
}

/**
 * Why this Markdown is too costly to parse (see MAX_MARKDOWN_MARKS), or undefined. One pass:
 * the emphasis marks and link brackets, and on each line the quotes and list markers it opens with.
 */
export function tooMuchMarkup(text: string, locale: Locale = 'en'): string | undefined {
  let marks = 0
  let deepest = 0
  let depth = 0
  let lineStart = true
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '*' || char === '_' || char === '[') marks++
    if (char === '\n' || char === '\r') {
      lineStart = true
      depth = 0
      continue
    }
    if (!lineStart || char === ' ' || char === '\t') continue
    // Still in the line's opening: "> ", "- ", "* ", "+ ", "12. " or "12) " open a container.
    const marker = char === '>' ? 1 : /[-*+]/u.test(char) && /[ \t]/u.test(text[index + 1] ?? '') ? 1 : orderedMarker(text, index)
    if (marker > 0) {
      deepest = Math.max(deepest, ++depth)
      index += marker - 1
    } else lineStart = false
  }
  const why =
    marks > MAX_MARKDOWN_MARKS
      ? fill(TEXTS.tooManyMarks, {count: marks.toLocaleString(locale), limit: MAX_MARKDOWN_MARKS.toLocaleString(locale)}, locale)
      : deepest > MAX_MARKDOWN_NESTING
        ? fill(TEXTS.tooDeep, {depth: deepest, limit: MAX_MARKDOWN_NESTING}, locale)
        : undefined
  return why && fill(TEXTS.tooMuchMarkup, {why}, locale)
}

/** The length of an ordered list marker ("12." or "12)") at `index`, followed by a space; else 0. */
function orderedMarker(text: string, index: number): number {
  let end = index
  while (end < text.length && end - index < 9 && text[end]! >= '0' && text[end]! <= '9') end++
  if (end === index || (text[end] !== '.' && text[end] !== ')') || !/[ \t]/u.test(text[end + 1] ?? '')) return 0
  return end - index + 1
}

/** The complement of `keep` within [0, length): what is not prose. */
export function outside(keep: readonly [number, number][], length: number): [number, number][] {
  const gaps: [number, number][] = []
  let cursor = 0
  for (const [start, end] of [...keep].sort((a, b) => a[0] - b[0])) {
    if (start > cursor) gaps.push([cursor, start])
    cursor = Math.max(cursor, end)
  }
  if (cursor < length) gaps.push([cursor, length])
  return gaps
}
