// redundancy on real legislators' posts:
// - the share of posts flagged by each in-post messageId, and a sample to read;
// - duplicate-post over every us_congress_tweets post, run through the real CLI
//   (one file per post, dated from the tweet): groups found, wall time and peak
//   memory (from /usr/bin/time when present), and examples.
// Usage: npm run measure:redundancy [-- --sample 50] [--in-post-only]
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-redundancy: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}

const sampleArg = process.argv.indexOf('--sample')
const sampleSize = sampleArg > 0 ? Number(process.argv[sampleArg + 1]) : 50
const percent = (count, total) => `${((100 * count) / total).toFixed(2)}%`
const lint = createTextLinter({rules: {redundancy: 'warn', 'plain-language': 'off', 'manager-disclosure': 'off', 'gendered-abuse': 'off'}})

console.log('In-post messages: share of posts flagged (the first 2,000 posts of each set but us_congress_tweets, with their language declared)')
const flagged = []
const SETS = [
  ['us_congress_tweets', 'en'],
  ['us_congress_2017_2021_sample', 'en'],
  ['chile_deputies_2018', 'es'],
  ['colombia_camara_2022', 'es'],
  ['spain_congress_2021', 'es'],
  ['fr_candidates_2022', 'fr'],
  ['canada_facebook_2015', 'fr'],
  ['covidpol_pt', 'pt']
]
for (const [name, lang] of SETS) {
  let rows = readRows(name)
  if (!rows) continue
  if (name !== 'us_congress_tweets') rows = rows.filter((row) => name !== 'canada_facebook_2015' || row.lang === 'fr').slice(0, 2000)
  const byMessage = {}
  for (const row of rows) {
    const found = (await lint(row.text, lang)).filter((d) => d.ruleId === 'redundancy')
    if (found.length) flagged.push({text: row.text, found})
    for (const id of new Set(found.map((d) => d.messageId))) byMessage[id] = (byMessage[id] ?? 0) + 1
  }
  console.log(`  ${name} (${lang}, ${rows.length}):`)
  for (const [id, count] of Object.entries(byMessage).sort()) console.log(`    ${id}: ${count} (${percent(count, rows.length)})`)
}
const step = Math.max(1, Math.floor(flagged.length / sampleSize))
console.log(`\nSample of ${sampleSize} flagged posts (every ${step}th):`)
for (let index = 0; index < sampleSize && index * step < flagged.length; index++) {
  const {text, found} = flagged[index * step]
  console.log(`\n[${index + 1}] ${text.replace(/\n/g, ' ')}`)
  for (const d of found) console.log(`    ${d.line}:${d.column} ${d.messageId}: ${d.message}`)
}

if (process.argv.includes('--in-post-only')) process.exit(0)
const rows = readRows('us_congress_tweets')
const dir = mkdtempSync(path.join(tmpdir(), 'parllint-dup-'))
writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n')
for (const row of rows) writeFileSync(path.join(dir, `${row.id}.txt`), `---\ndate: ${row.date.slice(0, 10)}\n---\n${row.text}\n`)
const bin = fileURLToPath(new URL('../bin/parllint.js', import.meta.url))
const only = ['plain-language:off', 'manager-disclosure:off', 'gendered-abuse:off'].flatMap((rule) => ['--rule', rule])
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const argv = [bin, '.', ...only, '-f', 'json']
const started = process.hrtime.bigint()
const run = spawnSync(time ?? process.execPath, time ? ['-f', '%e %M', process.execPath, ...argv] : argv, {cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30})
const wall = Number(process.hrtime.bigint() - started) / 1e9
const peak = time ? Number(run.stderr.trim().split('\n').pop().split(' ')[1]) / 1024 : undefined
const results = JSON.parse(run.stdout)
const byId = new Map(rows.map((row) => [`${row.id}.txt`, row]))
const duplicates = results.flatMap((result) =>
  result.messages.filter((m) => m.messageId === 'duplicate-post').map((m) => ({file: path.basename(result.filePath), message: m.message}))
)
// Groups: posts linked by a duplicate-post message, counted once per earliest post.
const parent = new Map()
const find = (x) => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)))
for (const {file, message} of duplicates) {
  const other = /same as (\S+?\.txt)/u.exec(message)?.[1]
  if (other) parent.set(find(file), find(other))
}
const groups = new Map()
for (const {file} of duplicates) {
  const root = find(file)
  groups.set(root, [...(groups.get(root) ?? [root]), file])
}
console.log(`\nduplicate-post over us_congress_tweets (${rows.length} posts, every other rule off):`)
console.log(`  ${duplicates.length} posts reported, in ${groups.size} groups; ${wall.toFixed(2)} s wall, peak ${peak ? peak.toFixed(0) + ' MB' : 'n/a'}`)
const examples = [...groups.values()].filter((_, index) => index % Math.max(1, Math.floor(groups.size / 8)) === 0).slice(0, 8)
for (const group of examples) {
  console.log('\n  group:')
  for (const file of group) console.log(`    ${file} ${byId.get(file)?.author} ${byId.get(file)?.date.slice(0, 10)}: ${byId.get(file)?.text.replace(/\n/g, ' ')}`)
  const shown = duplicates.find((d) => d.file === group[1])
  if (shown) console.log(`    → ${shown.message}`)
}
rmSync(dir, {recursive: true, force: true})
