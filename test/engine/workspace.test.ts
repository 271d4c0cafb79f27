// createWorkspace in-process: a long-lived session's cross-post findings, compared in the
// order a run would see the posts (published posts, then drafts by path), after any change.
import {describe, expect, it} from 'vitest'
import type {RuleSetting} from '../../src/config/load.js'
import {createWorkspace} from '../../src/engine/workspace.js'
import {sameStart, sameStartRule, substringRule} from './fixtures.js'

const setting = (severity: 0 | 1 | 2, options: Record<string, unknown> = {}): Record<string, RuleSetting> => ({'same-start': {severity, options}})
const draft = (word: string, settings = setting(1)) => ({summaries: {'same-start': {word}}, settings, date: undefined, locale: 'en' as const})
const published = (word: string, date?: string) => ({summaries: {'same-start': {word}}, date})
const messages = (found: ReadonlyMap<string, {message: string}[]>) => Object.fromEntries([...found].map(([path, list]) => [path, list.map((item) => item.message)]))

describe('createWorkspace', () => {
  it('compares drafts in path order, whatever order they were set in', () => {
    const workspace = createWorkspace([sameStart], '/drafts')
    workspace.setDraft('/drafts/b.txt', draft('budget'))
    workspace.setDraft('/drafts/a.txt', draft('budget'))
    expect(messages(workspace.findings())).toEqual({'/drafts/b.txt': ['Starts like a.txt.']})
  })

  it('compares published posts first, in path order, and never reports them', () => {
    const workspace = createWorkspace([sameStart], '/drafts')
    workspace.setPublished('/drafts/published/2.txt', published('budget', '2025-02-01'))
    workspace.setPublished('/drafts/published/1.txt', published('budget', '2025-01-01'))
    workspace.setDraft('/drafts/a.txt', draft('budget'))
    expect(messages(workspace.findings())).toEqual({'/drafts/a.txt': ['Starts like published/1.txt (2025-01-01).']})
  })

  it('compares with the options of the first draft that has the rule on', () => {
    const workspace = createWorkspace([sameStart], '/drafts')
    workspace.setDraft('/drafts/a.txt', draft('budget', setting(1, {messageId: 'loud'})))
    workspace.setDraft('/drafts/b.txt', draft('budget', setting(1)))
    expect(messages(workspace.findings())).toEqual({'/drafts/b.txt': ['STARTS LIKE a.txt.']})
  })

  it('gives each draft its findings from every rule in position order', () => {
    const late = sameStartRule('late', {line: 3, column: 1})
    const workspace = createWorkspace([late, sameStart], '/drafts')
    const both = (word: string) => ({...draft(word), summaries: {'same-start': {word}, late: {word}}, settings: {...setting(1), late: {severity: 1 as const, options: {}}}})
    workspace.setDraft('/drafts/a.txt', both('budget'))
    workspace.setDraft('/drafts/b.txt', both('budget'))
    expect(workspace.findings().get('/drafts/b.txt')!.map((found) => [found.ruleId, found.line])).toEqual([
      ['same-start', 1],
      ['late', 3]
    ])
  })

  it('knows which paths it holds, drafts and published posts, and forgets what is removed', () => {
    const workspace = createWorkspace([sameStart, substringRule('other', 'x').rule], '/drafts')
    workspace.setDraft('/drafts/a.txt', draft('budget'))
    workspace.setPublished('/drafts/published/1.txt', published('budget'))
    expect([workspace.has('/drafts/a.txt'), workspace.has('/drafts/published/1.txt'), workspace.has('/drafts/b.txt')]).toEqual([true, true, false])
    expect(messages(workspace.findings())).toEqual({'/drafts/a.txt': ['Starts like published/1.txt.']})
    workspace.remove('/drafts/published/1.txt')
    expect(workspace.has('/drafts/published/1.txt')).toBe(false)
    expect(messages(workspace.findings())).toEqual({})
    workspace.setPublished('/drafts/published/1.txt', published('budget'))
    workspace.setPublished('/drafts/published/1.txt', undefined)
    expect(workspace.has('/drafts/published/1.txt')).toBe(false)
    expect(messages(workspace.findings())).toEqual({})
  })

  it('a path set as published is no longer a draft, and the other way round', () => {
    const workspace = createWorkspace([sameStart], '/drafts')
    workspace.setDraft('/drafts/a.txt', draft('budget'))
    workspace.setDraft('/drafts/b.txt', draft('budget'))
    workspace.setPublished('/drafts/b.txt', published('budget'))
    // b.txt now comes first, as a published post, and is not reported.
    expect(messages(workspace.findings())).toEqual({'/drafts/a.txt': ['Starts like b.txt.']})
    workspace.setDraft('/drafts/b.txt', draft('budget'))
    expect(messages(workspace.findings())).toEqual({'/drafts/b.txt': ['Starts like a.txt.']})
  })
})
