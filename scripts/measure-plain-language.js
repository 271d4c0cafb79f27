// Share of real legislators' posts that plain-language flags at default
// settings, per messageId, next to retext-readability (per sentence) at a
// grade-8 target and at its default. Usage: npm run build && node scripts/measure-plain-language.js [--sample N]
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-plain-language: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}

const sets = ['us_congress_tweets', 'us_congress_2017_2021_sample', 'us_politicians_bias']
const sampleArg = process.argv.indexOf('--sample')
const sampleSize = sampleArg > 0 ? Number(process.argv[sampleArg + 1]) : 0
const lint = createTextLinter({registry: undefined, rules: {'plain-language': 'warn'}})
const peers = {
  'retext-readability grade 8 (age 13)': unified().use(retextEnglish).use(retextReadability, {age: 13}).freeze(),
  'retext-readability default (age 16)': unified().use(retextEnglish).use(retextReadability).freeze()
}

const percent = (count, total) => `${((100 * count) / total).toFixed(1)}%`
const flaggedSample = []
for (const name of sets) {
  const rows = readRows(name)
  if (!rows) continue
  const byMessage = {}
  let flagged = 0
  const peerCounts = Object.fromEntries(Object.keys(peers).map((peer) => [peer, 0]))
  for (const row of rows) {
    const found = (await lint(row.text)).filter((d) => d.ruleId === 'plain-language')
    if (found.length > 0) {
      flagged++
      if (flaggedSample.length < 5000) flaggedSample.push({text: row.text, found})
    }
    for (const id of new Set(found.map((d) => d.messageId))) byMessage[id] = (byMessage[id] ?? 0) + 1
    for (const [peer, processor] of Object.entries(peers)) {
      const file = new VFile(row.text)
      processor.runSync(processor.parse(file), file)
      if (file.messages.length > 0) peerCounts[peer]++
    }
  }
  console.log(`\n${name}: ${rows.length} posts`)
  console.log(`  plain-language (any message): ${percent(flagged, rows.length)}`)
  for (const [id, count] of Object.entries(byMessage).sort()) console.log(`    ${id}: ${percent(count, rows.length)}`)
  for (const [peer, count] of Object.entries(peerCounts)) console.log(`  ${peer}: ${percent(count, rows.length)}`)
}

if (sampleSize > 0) {
  // A reproducible sample of flagged posts to read by hand.
  const step = Math.max(1, Math.floor(flaggedSample.length / sampleSize))
  console.log(`\nSample of ${sampleSize} flagged posts:`)
  for (let index = 0; index < sampleSize && index * step < flaggedSample.length; index++) {
    const {text, found} = flaggedSample[index * step]
    console.log(`\n[${index + 1}] ${text.replace(/\n/g, ' ')}`)
    for (const d of found) console.log(`    ${d.line}:${d.column} ${d.messageId}: ${d.message}`)
  }
}
