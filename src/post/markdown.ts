// In a Markdown draft only the prose is linted: text of paragraphs, headings,
// lists, emphasis and link labels. Code, HTML, link targets and markup are not.
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Nodes} from 'mdast'

export type MarkdownLayout = {
  /** Offsets of the prose, to keep. */
  prose: [number, number][]
  /** Offsets of raw HTML, where directive comments live. */
  html: [number, number][]
}

export function markdownLayout(text: string): MarkdownLayout {
  const layout: MarkdownLayout = {prose: [], html: []}
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      if (node.type === 'text') layout.prose.push([start, end])
      else if (node.type === 'html') layout.html.push([start, end])
    }
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes))
  }
  visit(fromMarkdown(text))
  return layout
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
