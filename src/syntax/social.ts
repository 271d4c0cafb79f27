// #hashtags, @mentions and :emoji_shortcodes: are syntax, not words: this plugin
// merges their tokens into one SourceNode, which word-based rules skip (as they
// skip URLs). Emoji themselves are already symbols, never words, for the parser.
// retext-syntax-mentions only knows GitHub and X handles; posts also carry
// Bluesky (@name.bsky.social) and Mastodon (@name@instance.social) handles.
import type {Parent, Root, Sentence, Source} from 'nlcst'
import type {VFile} from 'vfile'
import {HASHTAG} from '../../rules/lib/syntax.js'

const SHORTCODE = /(?<![\p{L}\p{N}:]):[a-z0-9_+-]+:(?![\p{L}\p{N}])/gu
const MENTION = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/gu

export default function socialSyntax() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value)
    visitSentences(tree, (sentence) => merge(sentence, text))
  }
}

function visitSentences(node: Parent, visit: (sentence: Sentence) => void) {
  for (const child of node.children) {
    if (child.type === 'SentenceNode') visit(child)
    else if ('children' in child) visitSentences(child as Parent, visit)
  }
}

function merge(sentence: Sentence, text: string) {
  const from = sentence.position?.start.offset
  const to = sentence.position?.end.offset
  if (from === undefined || to === undefined) return
  const slice = text.slice(from, to)
  if (!slice.includes('#') && !slice.includes('@') && !slice.includes(':')) return
  const spans: [number, number][] = []
  for (const pattern of [HASHTAG, MENTION, SHORTCODE]) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      spans.push([from + match.index, from + match.index + match[0].length])
    }
  }
  // Right to left, so earlier indices stay valid while children are replaced.
  spans.sort((a, b) => b[0] - a[0])
  for (const [start, end] of spans) {
    const children = sentence.children
    const first = children.findIndex((child) => child.position?.start.offset === start)
    const last = children.findIndex((child) => child.position?.end.offset === end)
    if (first === -1 || last < first) continue
    const source: Source = {
      type: 'SourceNode',
      value: text.slice(start, end),
      position: {start: children[first]!.position!.start, end: children[last]!.position!.end}
    }
    children.splice(first, last - first + 1, source)
  }
}
