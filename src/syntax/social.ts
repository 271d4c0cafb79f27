// #hashtags, @mentions and :emoji_shortcodes: are syntax, not words: this plugin
// merges their tokens into one SourceNode, which word-based rules skip (as they
// skip URLs). Emoji themselves are already symbols, never words, for the parser.
// retext-syntax-mentions only knows GitHub and X handles; posts also carry
// Bluesky (@name.bsky.social) and Mastodon (@name@instance.social) handles.
import type {Parent, Root, Sentence} from 'nlcst'
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
  // One pass over the children, left to right (a splice per span made long sentences quadratic).
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const children = sentence.children
  const merged: Sentence['children'] = []
  let next = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const span = spans[next]
    if (span && child.position?.start.offset === span[0]) {
      let last = index
      while (last < children.length && (children[last]!.position?.end.offset ?? Infinity) < span[1]) last++
      if (children[last]?.position?.end.offset === span[1]) {
        merged.push({type: 'SourceNode', value: text.slice(span[0], span[1]), position: {start: child.position.start, end: children[last]!.position!.end}})
        index = last
        next++
        // Spans inside the one just merged are part of it.
        while (spans[next] && spans[next]![0] < span[1]) next++
        continue
      }
    }
    merged.push(child)
    // Spans that start inside this child do not line up with the parser's tokens: skipped, as before.
    while (spans[next] && spans[next]![0] < (child.position?.end.offset ?? 0)) next++
  }
  sentence.children = merged
}
