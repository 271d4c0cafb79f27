// gendered-abuse on real text, next to alex (retext-equality + retext-profanities)
// measured the same way in the same run:
// - the share of real legislators' posts flagged, with every flag printed to read;
// - precision, recall and F1 on the labelled sexism sets (English and Spanish apart).
// A post counts as flagged by parllint when it gets an abuse message; the
// "repeated-slur" suggestion on a condemning post is counted apart, since it
// says the post is fine. alex is run from bench/node_modules (npm install --prefix bench).
// Usage: npm run measure:gendered-abuse [-- --no-alex]
import {existsSync} from 'node:fs'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-gendered-abuse: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}

const alexPath = new URL('../bench/node_modules/alex/index.js', import.meta.url)
const useAlex = !process.argv.includes('--no-alex') && existsSync(alexPath)
const alex = useAlex ? (await import(alexPath.href)).text : undefined
if (!useAlex) console.log('(alex not measured: run `npm install --prefix bench` first, or drop --no-alex)')

const lint = createTextLinter({rules: {'gendered-abuse': 'error', 'plain-language': 'off', 'manager-disclosure': 'off'}})
const judge = async (text, lang) => {
  const found = (await lint(text, lang)).filter((d) => d.ruleId === 'gendered-abuse')
  return {abuse: found.filter((d) => d.messageId !== 'repeated-slur'), mention: found.filter((d) => d.messageId === 'repeated-slur')}
}
const alexFlags = (text) => (alex ? alex(text).messages.length > 0 : false)
const percent = (count, total) => `${((100 * count) / total).toFixed(2)}%`
const language = (row) => (row.lang === 'es' ? 'es' : 'en')

console.log('Real legislators’ posts: share flagged (target ≤ 0.3%)')
const flags = []
for (const name of ['us_congress_tweets', 'us_congress_2017_2021_sample', 'chile_deputies_2018', 'bolivia_politicians']) {
  const rows = readRows(name)
  if (!rows) continue
  let abuse = 0
  let mention = 0
  let alexCount = 0
  for (const row of rows) {
    const result = await judge(row.text, language(row))
    if (result.abuse.length > 0) abuse++
    if (result.mention.length > 0) mention++
    if (result.abuse.length + result.mention.length > 0) flags.push({name, text: row.text, found: [...result.abuse, ...result.mention]})
    if (alexFlags(row.text)) alexCount++
  }
  const alexShare = alex ? percent(alexCount, rows.length) : 'n/a'
  console.log(`  ${name} (${rows.length}): parllint ${percent(abuse, rows.length)} (+${mention} quoted-slur suggestions), alex ${alexShare}`)
}

console.log('\nLabelled sets: precision / recall / F1 (target: precision ≥ 0.80, F1 above alex)')
const labelled = [
  ['edos_sexism', 'sexist', 'en'],
  ['cmsb_sexism', 'sexist', 'en'],
  ['reddit_misogyny', 'misogynous', 'en'],
  ['exist2021_sexism', 'sexist', 'en'],
  ['exist2021_sexism', 'sexist', 'es']
]
const scores = (tp, fp, fn) => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)} (flagged ${tp + fp})`
}
for (const [name, positive, lang] of labelled) {
  const rows = readRows(name)?.filter((row) => language(row) === lang)
  if (!rows) continue
  const ours = {tp: 0, fp: 0, fn: 0}
  const theirs = {tp: 0, fp: 0, fn: 0}
  for (const row of rows) {
    const truth = row.label === positive
    const count = (tally, flagged) => {
      if (flagged && truth) tally.tp++
      else if (flagged) tally.fp++
      else if (truth) tally.fn++
    }
    count(ours, (await judge(row.text, lang)).abuse.length > 0)
    if (alex) count(theirs, alexFlags(row.text))
  }
  const positives = rows.filter((row) => row.label === positive).length
  console.log(`  ${name} ${lang} (${rows.length}, ${positives} ${positive}):`)
  console.log(`    parllint ${scores(ours.tp, ours.fp, ours.fn)}`)
  if (alex) console.log(`    alex     ${scores(theirs.tp, theirs.fp, theirs.fn)}`)
}

console.log(`\nEvery flag on legislators’ posts (${flags.length}):`)
for (const {name, text, found} of flags) {
  console.log(`\n[${name}] ${text.replace(/\n/g, ' ')}`)
  for (const d of found) console.log(`    ${d.line}:${d.column} ${d.messageId}: ${d.message}`)
}
