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
    // indexOf, not a lazy regex: with no "-->" left, the regex rescanned the rest of the
    // text from every "<!--" (quadratic); here an unclosed comment ends the search.
    let open = slice.indexOf('<!--')
    while (open !== -1) {
      const close = slice.indexOf('-->', open + 4)
      if (close === -1) break
      const start = from + open
      const end = from + close + 3
      ranges.push([start, end])
      const parsed = DIRECTIVE.exec(slice.slice(open + 4, close))
      open = slice.indexOf('<!--', close + 3)
      if (!parsed) continue
      // What follows "--" is the reason, for people; it is not a rule list.
      const list = (parsed[2] ?? '').split(/\s--(?:\s|$)/)[0]!.trim()
      const rules = list ? list.split(/[\s,]+/).filter(Boolean) : undefined
      directives.push({kind: parsed[1] as DirectiveKind, rules, start, end})
    }
  }
  return {ranges, directives}
}
