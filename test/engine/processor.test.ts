// The processor cache and parseProse in-process: a long post is parsed in pieces cut at a
// blank line, else a line break, else a space, and every node's position is on the whole text.
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessorCache, parseProse} from '../../src/engine/processor.js'
import {LineIndex} from '../../src/post/lines.js'
import {crashingRule, substringRule} from './fixtures.js'

const processor = () => createProcessorCache([]).get('en', {})

/** Every node's position must point at its own text in the whole post, with lines counted on the whole post. */
function expectPositionsOnWholeText(root: Root, text: string) {
  const lines = new LineIndex(text)
  let leaves = ''
  const stack: Node[] = [...root.children]
  const visited: Node[] = []
  while (stack.length) {
    const node = stack.pop()!
    visited.push(node)
    const {start, end} = node.position!
    expect({line: start.line, column: start.column}).toEqual(lines.point(start.offset!))
    expect({line: end.line, column: end.column}).toEqual(lines.point(end.offset!))
    if ('value' in node) expect(text.slice(start.offset, end.offset)).toBe(node.value)
    if ('children' in node) stack.push(...(node.children as Node[]))
  }
  // The leaves, in order, are the whole text: nothing lost, nothing parsed twice.
  const inOrder = visited.filter((node) => 'value' in node).sort((a, b) => a.position!.start.offset! - b.position!.start.offset!)
  for (const node of inOrder) leaves += (node as Node & {value: string}).value
  expect(leaves).toBe(text)
}

/** Where each top-level node of the tree starts: a new piece starts a new paragraph. */
const paragraphStarts = (root: Root) => root.children.filter((node) => node.type === 'ParagraphNode').map((node) => node.position!.start.offset)

describe('parseProse', () => {
  it('parses a post of up to 4,096 characters in one piece', async () => {
    const text = 'abcd '.repeat(819) + 'a' // 4,096 characters, one paragraph
    const root = parseProse(await processor(), text)
    expect(root).toEqual((await processor()).parse(text))
    expect(paragraphStarts(root)).toEqual([0])
  })

  it('cuts a longer line at its last space before 4,096 characters, never inside a word', async () => {
    const text = 'abcd '.repeat(1000).trimEnd() // spaces at 4, 9, …: the last before 4,096 is at 4,094
    const root = parseProse(await processor(), text)
    expect(paragraphStarts(root)).toEqual([0, 4095])
    expectPositionsOnWholeText(root, text)
  })

  it('cuts at the last line break before 4,096 characters when there is no blank line', async () => {
    const line = `${'abcd '.repeat(19)}abcd` // 99 characters
    const text = Array.from({length: 60}, () => line).join('\n') // breaks at 99, 199, …: the last before 4,096 is at 3,999
    const root = parseProse(await processor(), text)
    expect(paragraphStarts(root)).toEqual([0, 4000])
    expectPositionsOnWholeText(root, text)
  })

  it('cuts after the last blank line (even one holding spaces and tabs) rather than at a later line break', async () => {
    const first = 'abcd '.repeat(400).trimEnd() // 1,999 characters, then a blank line holding a space and a tab
    const lines = Array.from({length: 40}, () => `${'abcd '.repeat(19)}abcd`).join('\n') // 40 lines of 99 characters
    const text = `${first}\n \t\n${lines}`
    const root = parseProse(await processor(), text)
    // Cut at 2,003, after the blank line: the rest fits one piece. A cut at the last line
    // break of the first 4,096 characters (4,002) would start a paragraph at 4,003.
    expect(paragraphStarts(root)).toEqual([0, 2003])
    expectPositionsOnWholeText(root, text)
  })
})

describe('createProcessorCache', () => {
  it('builds one processor for each language and set of enabled rules with their options, and reuses it', async () => {
    const {rule} = substringRule('one', 'x')
    const cache = createProcessorCache([rule])
    const on = {one: {severity: 1 as const, options: {}}}
    const first = await cache.get('en', on)
    expect(await cache.get('en', on)).toBe(first)
    expect(await cache.get('en', {one: {severity: 2, options: {}}})).toBe(first)
    expect(await cache.get('en', {one: {severity: 1, options: {a: 1}}})).not.toBe(first)
    expect(await cache.get('fr', on)).not.toBe(first)
    expect(await cache.get('en', {one: {severity: 0, options: {}}})).not.toBe(first)
    expect(cache.size).toBe(4)
  })

  it('turns a rule that throws into a fatal message on the post, from that rule', async () => {
    const processor = await createProcessorCache([crashingRule('crashing')]).get('en', {crashing: {severity: 1, options: {}}})
    const file = new VFile({value: 'Text.'})
    await processor.run(processor.parse('Text.'), file)
    expect(file.messages.map((message) => ({ruleId: message.ruleId, fatal: message.fatal, reason: message.reason, source: message.source}))).toEqual([
      {ruleId: 'crashing', fatal: true, reason: 'Rule crashing failed on this post: boom. Please report this bug.', source: 'parllint'}
    ])
  })
})
