// The k-fold protocol of the value-coherence evaluation, the same for every dataset.
// For each target and each side (an office that supports it, one that opposes it),
// the office's config declares the position; its history is the rows of its own side
// and its opponents the rows of the other side, from the other folds only; the drafts
// are the rows of the fold, so no post is scored by a model that learned from it. A
// draft is a true positive when its gold stance is the opposite of the office's.
// Rows are split in two halves by sha1(id): thresholds were chosen on the "tune" half;
// figures are reported on the "report" half.
import {createHash} from 'node:crypto'
import {createTextLinter} from '../../dist/src/api.js'

const off = {'plain-language': 'off', redundancy: 'off', 'manager-disclosure': 'off', 'gendered-abuse': 'off', 'diplomatic-tone': 'off', 'troll-engagement': 'off', language: 'off', 'platform-limits': 'off'}

/** "tune": rows whose sha1(id) has a second hex digit below 8; "report": the others; "all": every row. */
export function half(rows, which) {
  if (which === 'all') return rows
  return rows.filter((row) => (parseInt(createHash('sha1').update(String(row.id)).digest('hex')[1], 16) < 8) === (which === 'tune'))
}

const empty = () => ({tp: 0, fp: 0, fn: 0})
export function score({tp, fp, fn}) {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return {p, r, f: p + r ? (2 * p * r) / (p + r) : 0, flagged: tp + fp, positives: tp + fn}
}

/**
 * One target: rows with `stance` in {favor, against, other}; `position` the config of an office
 * that supports the target. Returns, per side (the stance flagged drafts are predicted to have),
 * the tallies of three readings: cue words only, the learned model only, and both.
 */
export async function evaluateTarget({rows, position, lang, folds, labels, options = {}}) {
  const result = {}
  for (const [stance, own, opposite] of [
    ['support', labels.favor, labels.against],
    ['oppose', labels.against, labels.favor]
  ]) {
    const tallies = {cues: empty(), model: empty(), both: empty()}
    for (let fold = 0; fold < folds; fold++) {
      const learn = rows.filter((_, index) => index % folds !== fold)
      const drafts = rows.filter((_, index) => index % folds === fold)
      const lint = createTextLinter({
        lang,
        values: {positions: [{...position, stance}]},
        rules: {...off, 'value-coherence': {severity: 1, options}},
        history: learn.filter((row) => row.stance === own).map((row) => ({text: row.text, lang})),
        opponents: learn.filter((row) => row.stance === opposite).map((row) => ({text: row.text, lang}))
      })
      for (const row of drafts) {
        const ids = new Set((await lint(row.text)).map((diagnostic) => diagnostic.messageId))
        const truth = row.stance === opposite
        const flags = {cues: ids.has('contradiction'), model: ids.has('opponents-wording')}
        flags.both = flags.cues || flags.model
        for (const mode of Object.keys(tallies)) {
          if (flags[mode] && truth) tallies[mode].tp++
          else if (flags[mode]) tallies[mode].fp++
          else if (truth) tallies[mode].fn++
        }
      }
    }
    result[opposite] = Object.fromEntries(Object.entries(tallies).map(([mode, tally]) => [mode, score(tally)]))
  }
  return result
}

/** Share of an office's own held-out posts flagged, with and without what it learned from its side and its opponents'. */
export async function falseAlarms({own, opponents, positions, lang, folds}) {
  const counts = {drafts: 0, cues: 0, model: 0, any: 0, opponentDrafts: 0, opponentFlagged: 0}
  for (let fold = 0; fold < folds; fold++) {
    const lint = createTextLinter({
      lang,
      values: {positions},
      rules: {...off, 'value-coherence': 'warn'},
      history: own.filter((_, index) => index % folds !== fold).map((row) => ({text: row.text, lang})),
      opponents: opponents.filter((_, index) => index % folds !== fold).map((row) => ({text: row.text, lang}))
    })
    for (const [side, list] of [
      ['own', own],
      ['opponents', opponents]
    ]) {
      for (const row of list.filter((_, index) => index % folds === fold)) {
        const ids = new Set((await lint(row.text)).map((diagnostic) => diagnostic.messageId))
        const flagged = ids.has('contradiction') || ids.has('opponents-wording')
        if (side === 'opponents') {
          counts.opponentDrafts++
          if (flagged) counts.opponentFlagged++
          continue
        }
        counts.drafts++
        if (ids.has('contradiction')) counts.cues++
        if (ids.has('opponents-wording')) counts.model++
        if (flagged) counts.any++
      }
    }
  }
  return counts
}
