// Applies inline directives to a post's diagnostics (ESLint's semantics) and
// reports the directives that name unknown rules or suppress nothing.
import type {Directive} from '../post/directives.js'
import type {LineIndex} from '../post/lines.js'
import type {Diagnostic} from '../results.js'
import {didYouMean} from '../did-you-mean.js'

type Located = {diagnostic: Diagnostic; offset: number}

export function applyDirectives(
  located: Located[],
  directives: readonly Directive[],
  lines: LineIndex,
  ruleIds: readonly string[]
): Diagnostic[] {
  if (directives.length === 0) return located.map((item) => item.diagnostic)
  const used = new Set<Directive>()
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start)
  const concerns = (directive: Directive, ruleId: string) => !directive.rules || directive.rules.includes(ruleId)

  const kept: Diagnostic[] = []
  for (const {diagnostic, offset} of located) {
    const ruleId = diagnostic.ruleId
    const suppressor = ruleId === null ? undefined : findSuppressor(ruleId, diagnostic.line, offset)
    if (suppressor) used.add(suppressor)
    else kept.push(diagnostic)
  }

  function findSuppressor(ruleId: string, line: number, offset: number): Directive | undefined {
    for (const directive of directives) {
      if (!concerns(directive, ruleId)) continue
      const own = lines.point(directive.start).line
      if (directive.kind === 'disable-line' && own === line) return directive
      if (directive.kind === 'disable-next-line' && lines.point(directive.end).line + 1 === line) return directive
    }
    let active: Directive | undefined
    for (const directive of blocks) {
      if (directive.start > offset) break
      if (concerns(directive, ruleId)) active = directive.kind === 'disable' ? directive : undefined
    }
    return active
  }

  for (const directive of directives) {
    const at = position(directive, lines)
    const unknown = (directive.rules ?? []).filter((id) => !ruleIds.includes(id))
    for (const id of unknown) {
      const guess = didYouMean(id, ruleIds)
      kept.push({
        ruleId: null,
        severity: 1,
        message: `Unknown rule "${id}" in this parllint-${directive.kind} comment.${guess ? ` Did you mean "${guess}"?` : ''}`,
        ...at
      })
    }
    if (directive.kind !== 'enable' && !used.has(directive) && unknown.length === 0) {
      const which = directive.rules ? ` from ${directive.rules.join(', ')}` : ''
      kept.push({
        ruleId: null,
        severity: 1,
        message: `Unused parllint-${directive.kind} comment (no problems were reported${which}). Remove it.`,
        ...at
      })
    }
  }
  return kept
}

function position(directive: Directive, lines: LineIndex) {
  const start = lines.point(directive.start)
  const end = lines.point(directive.end)
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column}
}
