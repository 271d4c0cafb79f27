// applyFixes and fixUntilStable in-process: one pass takes the fixes in position order and
// skips those that overlap a fix already taken; passes go on until nothing changes, ten at most.
import {describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/engine/fix.js'
import {fixUntilStable, MAX_FIX_PASSES} from '../../src/engine/fix-passes.js'
import type {Diagnostic} from '../../src/results.js'

const withFix = (start: number, end: number, text: string): Diagnostic => ({ruleId: 'r', severity: 1, message: 'm', line: 1, column: start + 1, fix: {range: [start, end], text}})
const withoutFix: Diagnostic = {ruleId: 'r', severity: 1, message: 'm', line: 1, column: 1}

describe('applyFixes', () => {
  it('applies fixes reported in any order by position, ignoring problems without a fix', () => {
    expect(applyFixes('one two three', [withFix(8, 13, '3'), withoutFix, withFix(0, 3, '1'), withFix(4, 7, '2')])).toEqual({output: '1 2 3', applied: 3})
  })

  it('takes an insertion before a replacement that starts at the same place', () => {
    expect(applyFixes('abcdef', [withFix(2, 4, 'Y'), withFix(2, 2, 'X')])).toEqual({output: 'abXYef', applied: 2})
    expect(applyFixes('abcdef', [withFix(2, 2, 'X'), withFix(2, 4, 'Y')])).toEqual({output: 'abXYef', applied: 2})
  })

  it('skips a fix that overlaps one already taken, for the next pass', () => {
    expect(applyFixes('abcdefgh', [withFix(2, 6, 'ZZ'), withFix(0, 4, 'Y')])).toEqual({output: 'Yefgh', applied: 1})
  })

  it('takes a fix that starts where the one before it ends', () => {
    expect(applyFixes('abcdef', [withFix(2, 4, 'X'), withFix(0, 2, 'Y')])).toEqual({output: 'YXef', applied: 2})
  })

  it('leaves a text without fixes as it is', () => {
    expect(applyFixes('abc', [withoutFix])).toEqual({output: 'abc', applied: 0})
  })
})

/** A lint that finds every "ab" and fixes it to `to`; `calls` counts the lints. */
function abLinter(to: string) {
  const calls: string[] = []
  const lint = async (text: string) => {
    calls.push(text)
    const messages: Diagnostic[] = []
    for (let at = text.indexOf('ab'); at >= 0; at = text.indexOf('ab', at + 1)) messages.push(withFix(at, at + 2, to))
    return {messages}
  }
  return {lint, calls}
}

describe('fixUntilStable', () => {
  it('lints again after each pass until no fix is left, and gives the last lint', async () => {
    const {lint, calls} = abLinter('b')
    const fixed = await fixUntilStable('x aaab', lint)
    expect(fixed).toEqual({output: 'x b', result: {messages: []}, passes: 3})
    expect(calls).toEqual(['x aaab', 'x aab', 'x ab', 'x b'])
  })

  it('stops when the fixes leave the text unchanged', async () => {
    const {lint, calls} = abLinter('ab')
    const fixed = await fixUntilStable('ab', lint)
    expect(fixed.passes).toBe(0)
    expect(fixed.output).toBe('ab')
    expect(calls).toEqual(['ab'])
  })

  it('stops after ten passes, whatever is still fixable', async () => {
    const {lint} = abLinter('b')
    const fixed = await fixUntilStable(`${'a'.repeat(12)}b`, lint)
    expect(MAX_FIX_PASSES).toBe(10)
    expect(fixed.passes).toBe(10)
    expect(fixed.output).toBe('aab')
    expect(fixed.result.messages).toHaveLength(1)
  })

  it('starts from the lint it is given, without linting the text again', async () => {
    const {lint, calls} = abLinter('b')
    const fixed = await fixUntilStable('ab', lint, {messages: [withFix(0, 2, 'b')]})
    expect(fixed.output).toBe('b')
    expect(calls).toEqual(['b'])
  })
})
