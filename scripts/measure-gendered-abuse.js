// gendered-abuse on real text in four languages, next to alex (retext-equality +
// retext-profanities, English only) measured the same way in the same run:
// - precision and recall on every labelled set (English, Spanish, French, Portuguese);
// - the share of real legislators' posts flagged, in every language set.
// A post counts as flagged when it gets an abuse message; the "repeated-slur"
// suggestion on a post that quotes a slur is counted apart, since it says the post is
// fine. alex runs from bench/node_modules (npm install --prefix bench).
//
// Rows are split in two halves by sha1(id): half A is the one read while building the
// rule (--show A prints its flags and misses), half B is scored blind and is what the
// docs report. --half A|B|all chooses the rows scored (default B).
// Usage: npm run measure:gendered-abuse [-- --no-alex] [-- --half all] [-- --show A] [-- --set cmsb_sexism]
import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-gendered-abuse: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]
}
const half = argument('half', 'B')
const show = argument('show', undefined)
const only = argument('set', undefined)

const alexPath = new URL('../bench/node_modules/alex/index.js', import.meta.url)
const useAlex = !process.argv.includes('--no-alex') && existsSync(alexPath)
const alex = useAlex ? (await import(alexPath.href)).text : undefined
if (!useAlex) console.log('(alex not measured: run `npm install --prefix bench` first, or drop --no-alex)')

/** Half A or B of a set, by the second hex digit of sha1(id) (the first decides dev / holdout). */
const halfOf = (row) => (parseInt(createHash('sha1').update(String(row.id)).digest('hex')[1], 16) < 8 ? 'A' : 'B')
const rowsOf = (name) => readRows(name)?.filter((row) => half === 'all' || halfOf(row) === half)

const rules = {'gendered-abuse': 'error', 'plain-language': 'off', 'manager-disclosure': 'off', redundancy: 'off', 'value-coherence': 'off', 'diplomatic-tone': 'off'}
const lint = createTextLinter({rules})
const lintAuto = createTextLinter({rules, lang: 'auto', languages: ['en', 'fr']})
const judge = async (text, lang) => {
  const found = (await (lang ? lint(text, lang) : lintAuto(text))).filter((d) => d.ruleId === 'gendered-abuse')
  return {abuse: found.filter((d) => d.messageId !== 'repeated-slur'), mention: found.filter((d) => d.messageId === 'repeated-slur')}
}
const alexFlags = (text) => (alex ? alex(text).messages.length > 0 : false)
const percent = (count, total) => `${((100 * count) / Math.max(total, 1)).toFixed(2)}%`
const fixed = (value) => value.toFixed(2)
const scores = ({tp, fp, fn}) => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1, flagged: tp + fp}
}
const printed = []
const print = (label, text, found) => printed.push(`[${label}] ${text.replace(/\n/g, ' ')}${found.map((d) => `\n    ${d.messageId}: ${d.message}`).join('')}`)

console.log(`gendered-abuse, half ${half} of each set${half === 'B' ? ' (not read while building the rule)' : ''}\n`)

// ---------------------------------------------------------------- labelled sets
// [name, language, label shown, is the row positive?, extra recall breakdowns]
const labelled = [
  ['edos_sexism', 'en', 'sexist', (row) => row.label === 'sexist', {threats: (row) => row.category?.startsWith('1.'), derogation: (row) => row.category?.startsWith('2.')}],
  ['cmsb_sexism', 'en', 'sexist', (row) => row.label === 'sexist'],
  ['reddit_misogyny', 'en', 'misogynous', (row) => row.label === 'misogynous'],
  ['exist2021_sexism', 'en', 'sexist', (row) => row.label === 'sexist'],
  ['exist2021_sexism', 'es', 'sexist', (row) => row.label === 'sexist'],
  ['ethos_hate', 'en', 'gendered hate', (row) => row.gendered_hate === true],
  ['ethos_hate', 'en', 'hate', (row) => row.label === 'hate'],
  ['metwo_es', 'es', 'sexist', (row) => row.label === 'sexist'],
  ['mhc_women', 'es', 'hateful', (row) => row.label === 'hateful'],
  ['mhc_women', 'fr', 'hateful', (row) => row.label === 'hateful'],
  ['mhc_women', 'pt', 'hateful', (row) => row.label === 'hateful'],
  ['told_br', 'pt', 'misogyny by all 3', (row) => row.misogyny >= 3],
  ['told_br', 'pt', 'misogyny by ≥ 2', (row) => row.misogyny >= 2],
  ['fortuna_pt', 'pt', 'sexism', (row) => row.sexism === 1]
]
console.log('Labelled sets (targets: precision ≥ 0.80 everywhere; recall ≥ 0.50 on mhc_women and on edos threats and derogation)\n')
console.log('| set | lang | rows (positive) | parllint P / R / F1 (flagged) | alex P / R / F1 (flagged) |')
console.log('| --- | --- | ---: | --- | --- |')
const verdicts = new Map()
for (const [name, lang, positiveLabel, positive, breakdowns = {}] of labelled) {
  if (only && only !== name) continue
  const rows = rowsOf(name)?.filter((row) => row.lang === lang)
  if (!rows) continue
  const ours = {tp: 0, fp: 0, fn: 0}
  const theirs = {tp: 0, fp: 0, fn: 0}
  const parts = Object.fromEntries(Object.keys(breakdowns).map((key) => [key, {found: 0, total: 0}]))
  for (const row of rows) {
    const truth = positive(row)
    const key = `${name}\u0000${row.id}`
    if (!verdicts.has(key)) verdicts.set(key, await judge(row.text, lang))
    const result = verdicts.get(key)
    const flagged = result.abuse.length > 0
    const tally = (counts, yes) => {
      if (yes && truth) counts.tp++
      else if (yes) counts.fp++
      else if (truth) counts.fn++
    }
    tally(ours, flagged)
    if (alex && lang === 'en') tally(theirs, alexFlags(row.text))
    for (const [part, test] of Object.entries(breakdowns)) {
      if (!test(row)) continue
      parts[part].total++
      if (flagged) parts[part].found++
    }
    if (show && halfOf(row) === show && flagged !== truth) print(`${name} ${lang} ${flagged ? 'false alarm' : 'missed'}`, row.text, result.abuse)
  }
  const positives = rows.filter(positive).length
  const cell = (counts) => {
    const s = scores(counts)
    return `${fixed(s.precision)} / ${fixed(s.recall)} / ${fixed(s.f1)} (${s.flagged})`
  }
  console.log(`| ${name} | ${lang} | ${rows.length} (${positives} ${positiveLabel}) | ${cell(ours)} | ${alex && lang === 'en' ? cell(theirs) : '–'} |`)
  for (const [part, {found, total}] of Object.entries(parts)) console.log(`|   recall on ${part} | | ${total} | ${fixed(found / Math.max(total, 1))} | |`)
}

// ---------------------------------------------------------------- legislators' posts
const legislators = [
  ['us_congress_tweets', () => 'en'],
  ['us_congress_2017_2021_sample', () => 'en'],
  ['canada_facebook_2015', (row) => (row.lang === 'en' || row.lang === 'fr' ? row.lang : undefined)],
  ['fr_candidates_2022', () => 'fr'],
  ['chile_deputies_2018', () => 'es'],
  ['bolivia_politicians', () => 'es'],
  ['colombia_camara_2022', () => 'es'],
  ['spain_congress_2021', () => 'es'],
  ['covidpol_pt', () => 'pt']
]
console.log("\nReal legislators' posts: share flagged (target ≤ 0.3%)\n")
console.log('| set | posts | parllint | quoted-slur suggestions | alex |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [name, languageOf] of legislators) {
  if (only && only !== name) continue
  const rows = rowsOf(name)
  if (!rows) continue
  let abuse = 0
  let mention = 0
  let alexCount = 0
  let english = 0
  for (const row of rows) {
    const lang = languageOf(row)
    const result = await judge(row.text, lang)
    if (result.abuse.length > 0) abuse++
    if (result.mention.length > 0) mention++
    if (show && halfOf(row) === show && result.abuse.length + result.mention.length > 0) print(name, row.text, [...result.abuse, ...result.mention])
    if (alex && lang === 'en') {
      english++
      if (alexFlags(row.text)) alexCount++
    }
  }
  console.log(`| ${name} | ${rows.length} | ${percent(abuse, rows.length)} (${abuse}) | ${mention} | ${alex && english ? percent(alexCount, english) : '–'} |`)
}

if (show) {
  console.log(`\nFlags and misses in half ${show} (${printed.length}):\n`)
  for (const line of printed) console.log(`${line}\n`)
}
