// value-coherence measured on stance datasets in four languages, with the k-fold
// protocol of scripts/stance-eval/kfold.js: per target and side, precision, recall
// and F1 of the cue words alone (no history, no opponents), of the model learned
// from the two sides alone, and of both; F_avg is the mean of the two sides' F1.
// The office configs were written before any row was scored
// (scripts/stance-eval/positions.json for SemEval, offices.json for the others).
// Then the false-alarm check: a Democratic office's own held-out posts
// (us_congress_tweets), learning from the Democrats' posts and the Republicans'.
// Usage: npm run measure:value-coherence [-- --half report|tune|all] [--folds 5] [--datasets a,b] [--no-congress] [--no-sentiment]
import {readFileSync} from 'node:fs'
import {corpusAvailable, readRows} from './corpus.js'
import {evaluateTarget, falseAlarms, half} from './stance-eval/kfold.js'

if (!corpusAvailable()) {
  console.log('measure-value-coherence: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : fallback
}
const which = arg('half', 'report')
const folds = Number(arg('folds', '5'))
const config = (name) => JSON.parse(readFileSync(new URL(`./stance-eval/${name}`, import.meta.url), 'utf8'))
const offices = config('offices.json')

const DATASETS = {
  semeval2016_stance: {lang: 'en', targets: config('positions.json').targets, labels: {favor: 'FAVOR', against: 'AGAINST'}},
  cic_es_stance: {...offices.cic_es_stance, labels: {favor: 'FAVOR', against: 'AGAINST'}},
  fr_stance_macron_lepen: {...offices.fr_stance_macron_lepen, labels: {favor: 'FAVOR', against: 'AGAINST'}},
  covidpol_pt: {...offices.covidpol_pt, labels: {favor: 'favorable', against: 'unfavorable'}, oneTarget: true}
}
const chosen = arg('datasets', Object.keys(DATASETS).join(',')).split(',')

const fmt = (value) => value.toFixed(2)
const cell = ({p, r, f, flagged}) => `${fmt(p)} / ${fmt(r)} / ${fmt(f)} (${flagged})`
const MODES = [
  ['cues', 'cue words only (no history, no opponents)'],
  ['model', 'learned model only'],
  ['both', 'cue words and learned model']
]

for (const name of chosen) {
  const dataset = DATASETS[name]
  const all = readRows(name)
  if (!dataset || !all) {
    console.log(`\n${name}: not found`)
    continue
  }
  const rows = half(all, which)
  console.log(`\n## ${name} (${dataset.lang}; ${rows.length} of ${all.length} dev rows, half "${which}", ${folds} folds)\n`)
  const summary = Object.fromEntries(MODES.map(([mode]) => [mode, {fAvg: [], precision: []}]))
  for (const [target, position] of Object.entries(dataset.targets)) {
    const subset = dataset.oneTarget ? rows : rows.filter((row) => row.target === target)
    const result = await evaluateTarget({rows: subset, position, lang: dataset.lang, folds, labels: dataset.labels, options: {sentiment: !process.argv.includes('--no-sentiment')}})
    const counts = {favor: subset.filter((row) => row.stance === dataset.labels.favor).length, against: subset.filter((row) => row.stance === dataset.labels.against).length}
    console.log(`${target}: ${subset.length} rows (${counts.favor} ${dataset.labels.favor}, ${counts.against} ${dataset.labels.against})`)
    console.log(`| reading | office supports: flags ${dataset.labels.against} P / R / F1 (flags) | office opposes: flags ${dataset.labels.favor} P / R / F1 (flags) | F_avg |`)
    console.log('| --- | --- | --- | --- |')
    for (const [mode, label] of MODES) {
      const against = result[dataset.labels.against][mode]
      const favor = result[dataset.labels.favor][mode]
      const fAvg = (against.f + favor.f) / 2
      summary[mode].fAvg.push(fAvg)
      summary[mode].precision.push(against.p, favor.p)
      console.log(`| ${label} | ${cell(against)} | ${cell(favor)} | ${fmt(fAvg)} |`)
    }
    console.log('')
  }
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length
  for (const [mode, label] of MODES) {
    console.log(`${name}, ${label}: macro F_avg ${fmt(mean(summary[mode].fAvg))}, lowest precision of a side ${fmt(Math.min(...summary[mode].precision))}`)
  }
}

if (!process.argv.includes('--no-congress')) {
  const office = offices.us_congress
  const rows = half(readRows('us_congress_tweets') ?? [], which)
  if (rows.length > 0) {
    const own = rows.filter((row) => row.party === office.party)
    const opponents = rows.filter((row) => row.party === office.opponents)
    const counts = await falseAlarms({own, opponents, positions: office.positions, lang: office.lang, folds})
    const share = (n) => `${n} (${((100 * n) / counts.drafts).toFixed(2)}%)`
    console.log(`\n## us_congress_tweets: a Democratic office's own posts (${counts.drafts} held-out posts of ${own.length + opponents.length} in half "${which}", ${folds} folds)\n`)
    console.log(`flagged by the cue words: ${share(counts.cues)}`)
    console.log(`flagged by the learned model: ${share(counts.model)}`)
    console.log(`flagged by either (the rule with history and opponents): ${share(counts.any)}`)
    console.log(`for comparison, the Republicans' held-out posts flagged: ${counts.opponentFlagged} of ${counts.opponentDrafts} (${((100 * counts.opponentFlagged) / counts.opponentDrafts).toFixed(2)}%)`)
  }
}
