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

/**
 * One pass over the `<!-- ... -->` comments of `text`: their ranges (to blank them out of
 * the prose) and the directives among them. `within` limits the search (Markdown HTML nodes).
 */
export function scanComments(text: string, within?: readonly (readonly [number, number])[]) {
  const ranges: [number, number][] = []
  const directives: Directive[] = []
  for (const [from, to] of within ?? [[0, text.length]]) {
    const slice = text.slice(from, to)
    COMMENT.lastIndex = 0
    for (let match = COMMENT.exec(slice); match; match = COMMENT.exec(slice)) {
      const start = from + match.index
      const end = start + match[0].length
      ranges.push([start, end])
      const parsed = DIRECTIVE.exec(match[1] ?? '')
      if (!parsed) continue
      // What follows "--" is the reason, for people; it is not a rule list.
      const list = (parsed[2] ?? '').split(/\s--(?:\s|$)/)[0]!.trim()
      const rules = list ? list.split(/[\s,]+/).filter(Boolean) : undefined
      directives.push({kind: parsed[1] as DirectiveKind, rules, start, end})
    }
  }
  return {ranges, directives}
}
