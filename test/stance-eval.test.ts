// The value-coherence evaluation's k-fold protocol (scripts/stance-eval/kfold.js) on a
// small invented fixture: no draft is scored by a model that learned from it, and the
// figures per side are what the protocol says they are.
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript script, without types
import {evaluateTarget, falseAlarms, half, score} from '../scripts/stance-eval/kfold.js'

const places = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Salem', 'Clinton', 'Ashland', 'Oxford', 'Dayton', 'Franklin', 'Greenville', 'Bristol', 'Dover', 'Milton', 'Newport', 'Auburn', 'Lebanon', 'Kingston', 'Hudson']
const rows = places.flatMap((place, index) => [
  {id: `f${index}`, stance: 'FAVOR', text: `Abortion is health care: every woman in ${place} deserves the freedom to decide.`},
  {id: `g${index}`, stance: 'FAVOR', text: `Reproductive freedom is health care, and we will protect it in ${place}.`},
  {id: `a${index}`, stance: 'AGAINST', text: `Abortion ends a life. Every unborn child in ${place} deserves protection.`},
  {id: `b${index}`, stance: 'AGAINST', text: `We will scrap abortion on demand in ${place}.`},
  {id: `n${index}`, stance: 'NONE', text: `The library in ${place} opens on Saturday.`}
])
const position = {topic: 'abortion rights', stance: 'support', keywords: ['abortion', 'reproductive freedom']}

describe('the value-coherence evaluation', () => {
  // The cue words catch "scrap abortion" only; the model, learning from 20 posts a side, tells the framings apart.
  it('scores each side of each reading over folds that never score what they learned from', async () => {
    const result = await evaluateTarget({rows, position, lang: 'en', folds: 2, labels: {favor: 'FAVOR', against: 'AGAINST'}})
    expect(result).toEqual({
      AGAINST: {
        cues: {p: 1, r: 0.5, f: 2 / 3, flagged: 20, positives: 40},
        model: {p: 1, r: 1, f: 1, flagged: 40, positives: 40},
        both: {p: 1, r: 1, f: 1, flagged: 40, positives: 40}
      },
      FAVOR: {
        cues: {p: 0, r: 0, f: 0, flagged: 0, positives: 40},
        model: {p: 1, r: 1, f: 1, flagged: 40, positives: 40},
        both: {p: 1, r: 1, f: 1, flagged: 40, positives: 40}
      }
    })
  })

  it('counts the share of an office’s own held-out posts flagged', async () => {
    const own = rows.filter((row) => row.stance === 'FAVOR')
    const opponents = rows.filter((row) => row.stance === 'AGAINST')
    expect(await falseAlarms({own, opponents, positions: [position], lang: 'en', folds: 2})).toEqual({drafts: 40, cues: 0, model: 0, any: 0, opponentDrafts: 40, opponentFlagged: 40})
  })

  it('splits rows in halves by the hash of their id, and scores tallies', () => {
    const tune = half(rows, 'tune')
    const report = half(rows, 'report')
    expect(tune.length + report.length).toBe(rows.length)
    expect(tune.some((row: {id: string}) => report.includes(row))).toBe(false)
    expect(half(rows, 'all')).toBe(rows)
    expect(score({tp: 3, fp: 1, fn: 3})).toEqual({p: 0.75, r: 0.5, f: 0.6, flagged: 4, positives: 6})
  })
})
