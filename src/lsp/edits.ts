// The text edits behind the server's code actions, as offsets in the draft:
// directive comments that turn a rule off (src/post/directives.ts has their
// syntax), front matter `disable`, and one edit for a whole fixed draft.
import {LineIndex} from '../post/lines.js'

export type Edit = {start: number; end: number; text: string}

const insert = (at: number, text: string): Edit => ({start: at, end: at, text})

/** The draft's own line break, for the lines an edit adds. */
function lineBreak(text: string): string {
  return /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n'
}

// A directive comment's rule list, to add a rule to it rather than stack a second comment.
const RULE_LIST = String.raw`[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*(?=[ \t]*(?:--[ \t]|-->))`
const NEXT_LINE = new RegExp(String.raw`^([ \t]*<!--[ \t]*parllint-disable-next-line[ \t]+)(${RULE_LIST})`, 'u')
const DISABLE = new RegExp(String.raw`^(<!--[ \t]*parllint-disable[ \t]+)(${RULE_LIST})`, 'u')

/** The edit that adds the rule to a directive's list; null when the list has it already; undefined when there is no directive. */
function addToList(match: RegExpExecArray | null, at: number, ruleId: string): Edit | null | undefined {
  if (!match) return undefined
  const listed = match[2]!.split(/[ \t]*,[ \t]*/u)
  return listed.includes(ruleId) ? null : insert(at + match[1]!.length + match[2]!.length, `, ${ruleId}`)
}

/** `<!-- parllint-disable-next-line RULE -->` above a 1-based line, or RULE added to such a comment already there (undefined when it lists RULE). */
export function disableLineEdit(text: string, line: number, ruleId: string): Edit | undefined {
  const lines = new LineIndex(text)
  const start = lines.lineStart(line)
  if (line > 1) {
    const above = lines.lineStart(line - 1)
    const added = addToList(NEXT_LINE.exec(text.slice(above, start)), above, ruleId)
    if (added !== undefined) return added ?? undefined
  }
  const indent = /^[ \t]*/u.exec(text.slice(start))![0]
  return insert(start, `${indent}<!-- parllint-disable-next-line ${ruleId} -->${lineBreak(text)}`)
}

/** `<!-- parllint-disable RULE -->` at the start of the post (after its front matter, which ends at `bodyStart`), or RULE added to it. */
export function disablePostEdit(text: string, bodyStart: number, ruleId: string): Edit | undefined {
  const added = addToList(DISABLE.exec(text.slice(bodyStart)), bodyStart, ruleId)
  return added === undefined ? insert(bodyStart, `<!-- parllint-disable ${ruleId} -->${lineBreak(text)}`) : (added ?? undefined)
}

/**
 * `disable: [RULE]` in the front matter (which ends at `bodyStart`), for what directive comments do not silence:
 * findings across posts. Undefined when the front matter lists `disable` in a form this does not edit.
 */
export function disableInFrontMatterEdit(text: string, bodyStart: number, ruleId: string): Edit | undefined {
  const eol = lineBreak(text)
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  if (bodyStart === 0) return insert(bom, `---${eol}disable: [${ruleId}]${eol}---${eol}`)
  const fence = new LineIndex(text.slice(0, bodyStart))
  // The closing fence is the last line of the front matter (the one before the body, when the fence ends with a line break).
  const closing = fence.lineStart(/[\r\n]$/u.test(text.slice(0, bodyStart)) ? fence.lineCount - 1 : fence.lineCount)
  const head = text.slice(0, closing)
  const list = /^disable:[ \t]*\[([^\]\r\n]*)\][ \t]*$/mu.exec(head)
  if (list) {
    const items = list[1]!.split(',').map((item) => item.trim()).filter(Boolean)
    if (items.includes(ruleId)) return undefined
    return insert(list.index + list[0].lastIndexOf(']'), items.length === 0 ? ruleId : `, ${ruleId}`)
  }
  if (/^disable:/mu.test(head)) return undefined
  return insert(closing, `disable: [${ruleId}]${eol}`)
}

/** One edit that turns `before` into `after`: what lies between their common start and end. */
export function wholeEdit(before: string, after: string): Edit {
  let start = 0
  const shorter = Math.min(before.length, after.length)
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  return {start, end: before.length - end, text: after.slice(start, after.length - end)}
}
