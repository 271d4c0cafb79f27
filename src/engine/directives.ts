// Applies inline directives to a post's diagnostics (ESLint's semantics) and
// reports the directives that name unknown rules or suppress nothing.
import {partitionPoint} from '../../rules/lib/search.js'
import type {Directive} from '../post/directives.js'
import type {LineIndex} from '../post/lines.js'
import type {Diagnostic} from '../results.js'
import {suggestion} from '../did-you-mean.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {TEXTS} from './texts.js'

type Located = {diagnostic: Diagnostic; offset: number}

export function applyDirectives(
  located: Located[],
  directives: readonly Directive[],
  lines: LineIndex,
  ruleIds: readonly string[],
  locale: Locale = 'en'
): Diagnostic[] {
  if (directives.length === 0) return located.map((item) => item.diagnostic)
  const used = new Set<Directive>()
  const findSuppressor = suppressorFinder(directives, lines)
  const kept: Diagnostic[] = []
  for (const {diagnostic, offset} of located) {
    const ruleId = diagnostic.ruleId
    const suppressor = ruleId === null ? undefined : findSuppressor(ruleId, diagnostic.line, offset)
    if (suppressor) used.add(suppressor)
    else kept.push(diagnostic)
  }

  for (const directive of directives) {
    const at = position(directive, lines)
    const unknown = (directive.rules ?? []).filter((id) => !ruleIds.includes(id))
    for (const id of unknown) {
      kept.push({
        ruleId: null,
        severity: 1,
        message: fill(TEXTS.unknownRule, {rule: id, kind: directive.kind, suggestion: suggestion(id, ruleIds, locale)}, locale),
        ...at
      })
    }
    if (directive.kind !== 'enable' && !used.has(directive) && unknown.length === 0) {
      const rules = directive.rules?.join(', ')
      kept.push({
        ruleId: null,
        severity: 1,
        message: fill(rules ? TEXTS.unusedDirectiveFor : TEXTS.unusedDirective, {kind: directive.kind, rules: rules ?? ''}, locale),
        ...at
      })
    }
  }
  return kept
}

/**
 * Which directive silences a rule's problem at a line and offset, if any. Indexed once, so
 * each look-up costs O(log directives), not a pass over every directive: a draft with
 * thousands of comments and problems stays linear.
 */
function suppressorFinder(directives: readonly Directive[], lines: LineIndex) {
  // Line directives by the line they cover and rule ("" for every rule): the first one written wins.
  const byLine = new Map<string, Directive>()
  for (const directive of directives) {
    if (directive.kind !== 'disable-line' && directive.kind !== 'disable-next-line') continue
    const line = directive.kind === 'disable-line' ? lines.point(directive.start).line : lines.point(directive.end).line + 1
    for (const rule of directive.rules ?? ['']) if (!byLine.has(`${line}\0${rule}`)) byLine.set(`${line}\0${rule}`, directive)
  }
  // Block directives in order, and for each rule ("" for every rule) the positions of those that name it.
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start)
  const byRule = new Map<string, number[]>()
  blocks.forEach((directive, index) => {
    for (const rule of directive.rules ?? ['']) {
      const list = byRule.get(rule)
      if (list) list.push(index)
      else byRule.set(rule, [index])
    }
  })
  // The last block directive at or before `offset` among `indexes` (sorted), or -1.
  const lastBefore = (indexes: number[] = [], offset: number) => {
    const next = partitionPoint(indexes.length, (at) => blocks[indexes[at]!]!.start <= offset)
    return next > 0 ? indexes[next - 1]! : -1
  }
  const order = new Map(directives.map((directive, index) => [directive, index]))
  return (ruleId: string, line: number, offset: number): Directive | undefined => {
    const named = byLine.get(`${line}\0${ruleId}`)
    const all = byLine.get(`${line}\0`)
    const onLine = named && all ? (order.get(named)! < order.get(all)! ? named : all) : (named ?? all)
    if (onLine) return onLine
    // The latest block directive that concerns the rule decides: a disable is in force until an enable.
    const last = Math.max(lastBefore(byRule.get(ruleId), offset), lastBefore(byRule.get(''), offset))
    return last >= 0 && blocks[last]!.kind === 'disable' ? blocks[last] : undefined
  }
}

function position(directive: Directive, lines: LineIndex) {
  const start = lines.point(directive.start)
  const end = lines.point(directive.end)
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column}
}
