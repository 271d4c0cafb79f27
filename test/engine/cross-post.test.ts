// createCrossPost and findingDiagnostic in-process: which posts a comparison sees, which
// findings become diagnostics (never on a published post), and how a finding is placed.
import {describe, expect, it} from 'vitest'
import type {PostContext} from '../../rules/types.js'
import {createCrossPost, findingDiagnostic} from '../../src/engine/cross-post.js'
import {configOf, sameStart, substringRule} from './fixtures.js'

const on = configOf([sameStart])
const off = configOf([sameStart], {'same-start': 'off'})
const context = (date?: string) => ({date}) as PostContext

/** Adds a draft starting with `word`, as the engine does once the draft is linted. */
function addDraft(cross: ReturnType<typeof createCrossPost>, path: string, word: string, config = on) {
  const {index, keeper} = cross.nextDraft(path, config, [])
  keeper({'same-start': {word}}, context())
  return index
}

describe('createCrossPost', () => {
  it('is active only when some rule compares posts', () => {
    expect(createCrossPost([substringRule('one', 'x').rule], '/drafts').active).toBe(false)
    expect(createCrossPost([sameStart], '/drafts').active).toBe(true)
  })

  it('never reports a published post, even one that comes after a draft it matches', () => {
    const cross = createCrossPost([sameStart], '/drafts')
    const draft = addDraft(cross, '/drafts/a.txt', 'budget')
    cross.addPublished('/drafts/published/old.txt', 'Budget day.', 'en', '2025-01-01', on)
    expect(draft).toBe(0)
    expect(cross.findings()).toEqual(new Map())
  })

  it('leaves out a draft whose config turns the rule off: it is neither compared nor reported', () => {
    const cross = createCrossPost([sameStart], '/drafts')
    addDraft(cross, '/drafts/a.txt', 'budget', off)
    const second = addDraft(cross, '/drafts/b.txt', 'budget', off)
    const third = addDraft(cross, '/drafts/c.txt', 'budget')
    expect(second).toBe(1)
    expect(third).toBe(2)
    expect(cross.findings()).toEqual(new Map())
  })

  it('skips a published post that has nothing to summarise, and one read with the rule off', () => {
    const cross = createCrossPost([sameStart], '/drafts')
    cross.addPublished('/drafts/published/digits.txt', '2025 2026', 'en', undefined, on)
    cross.addPublished('/drafts/published/off.txt', 'Budget day.', 'en', undefined, off)
    addDraft(cross, '/drafts/a.txt', 'budget')
    expect(cross.findings()).toEqual(new Map())
  })

  it('reports a draft that matches a published post, naming it relative to the folder given', () => {
    const cross = createCrossPost([sameStart], '/drafts')
    cross.addPublished('/drafts/published/old.txt', 'Budget day.', 'en', '2025-01-01', on)
    const draft = addDraft(cross, '/drafts/a.txt', 'budget')
    expect(cross.findings()).toEqual(
      new Map([[draft, [{ruleId: 'same-start', messageId: 'same-start', severity: 1, message: 'Starts like published/old.txt (2025-01-01).', line: 1, column: 1}]]])
    )
  })
})

describe('findingDiagnostic', () => {
  it('places a finding where the rule says, with its end only when it gives one', () => {
    const finding = {post: 0, messageId: 'same-start', data: {other: 'a.txt', when: ''}}
    expect(findingDiagnostic(sameStart, finding, 2, 'en')).toStrictEqual({ruleId: 'same-start', messageId: 'same-start', severity: 2, message: 'Starts like a.txt.', line: 1, column: 1})
    expect(findingDiagnostic(sameStart, {...finding, at: {line: 2, column: 3}}, 1, 'en')).toStrictEqual({
      ruleId: 'same-start',
      messageId: 'same-start',
      severity: 1,
      message: 'Starts like a.txt.',
      line: 2,
      column: 3
    })
    expect(findingDiagnostic(sameStart, {...finding, at: {line: 2, column: 3, endLine: 2, endColumn: 9}}, 1, 'en')).toMatchObject({line: 2, column: 3, endLine: 2, endColumn: 9})
  })
})
