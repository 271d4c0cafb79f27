// Inline comments that turn rules off and on:
//   <!-- parllint-disable rule-a, rule-b -- reason -->   until parllint-enable or the end
//   <!-- parllint-enable rule-a -->
//   <!-- parllint-disable-line rule-a -->               on the comment's own line
//   <!-- parllint-disable-next-line -->                 on the following line
// No rule ids means every rule.
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export type Directive = {
  kind: DirectiveKind
  /** Rule ids, or undefined for every rule. */
  rules: string[] | undefined
  start: number
  end: number
}

const COMMENT = /<!--([\s\S]*?)-->/g
const DIRECTIVE = /^\s*parllint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** Finds directive comments in `text`; `within` limits the search to ranges (Markdown HTML nodes). */
export function findDirectives(text: string, within?: readonly (readonly [number, number])[]): Directive[] {
  const found: Directive[] = []
  const scan = (from: number, to: number) => {
    COMMENT.lastIndex = 0
    const slice = text.slice(from, to)
    for (let match = COMMENT.exec(slice); match; match = COMMENT.exec(slice)) {
      const parsed = DIRECTIVE.exec(match[1] ?? '')
      if (!parsed) continue
      // What follows "--" is the reason, for people; it is not a rule list.
      const list = (parsed[2] ?? '').split(/\s--(?:\s|$)/)[0]!.trim()
      const rules = list ? list.split(/[\s,]+/).filter(Boolean) : undefined
      found.push({kind: parsed[1] as DirectiveKind, rules, start: from + match.index, end: from + match.index + match[0].length})
    }
  }
  if (within) within.forEach(([from, to]) => scan(from, to))
  else scan(0, text.length)
  return found
}

/** Every `<!-- ... -->` comment in the text, so it can be blanked out of the prose. */
export function commentRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  COMMENT.lastIndex = 0
  for (let match = COMMENT.exec(text); match; match = COMMENT.exec(text)) {
    ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}
