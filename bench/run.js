// parllint's benchmark: parllint (every rule on), alex and write-good, measured
// side by side and interleaved in one run, on 1 draft (cold start) and on
// folders of drafts. Wall time, CPU time and peak memory come from the OS
// (/usr/bin/time); each figure is the median of --runs runs.
//
//   npm run bench                       sizes 1, 1000, 10000; 3 runs each
//   node bench/run.js --sizes 1,1000 --runs 5 --peers alex,write-good --corpus DIR --out FILE
//
// Scale mode: parllint alone, once each, on a folder of 100,000 drafts and on one draft
// against a history of 100,000 template-like published posts ("Today I met ..."), the
// runs that used to end in "Set maximum size exceeded". Each must finish without error
// under 500 MB peak.
//
//   npm run bench:scale                 node bench/run.js --mode scale --drafts 100000 --history 100000
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[index + 1]]] : pairs), [])
)
const sizes = (args.sizes ?? '1,1000,10000').split(',').map(Number)
const runs = Number(args.runs ?? 3)
// Scale mode measures parllint alone.
const peers = args.mode === 'scale' ? [] : (args.peers ?? 'alex,write-good').split(',').filter((peer) => peer && peer !== 'none')
const corpusDir = args.corpus ?? path.join(root, '..', 'shared', 'corpus')
const out = args.out ?? path.join(here, 'results', 'latest.json')
const work = path.join(os.tmpdir(), 'parllint-bench')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

// Posts: real ones from the corpus when it is there (several languages), else
// variations of the project's own example sentences.
function loadPosts() {
  const sets = [
    ['us_congress_tweets', 'en'],
    ['us_congress_tweets_other', undefined],
    ['chile_deputies_2018', 'es']
  ]
  const posts = []
  for (const [name, lang] of sets) {
    const file = path.join(corpusDir, `${name}.dev.jsonl`)
    if (!existsSync(file)) continue
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const row = JSON.parse(line)
      posts.push({text: row.text, lang: lang ?? row.lang})
    }
  }
  if (posts.length > 0) return {source: `corpus (${corpusDir})`, posts}
  const base = [
    'Today the committee voted to utilize the new flood fund in accordance with the plan. #FloodRelief https://example.gov/flood',
    'Thanks @office.bsky.social for the town hall on schools 🎉 We heard you, and we will act.',
    'Hoy votamos el fondo para inundaciones con el objeto de ayudar a las familias. #Chile',
    'VOTE NO ON THE TERRIBLE BILL. It was written by lobbyists, not by the people of our district.',
    'Nous avons voté pour le fonds conformément au plan annoncé en mars.'
  ]
  const langs = ['en', 'en', 'es', 'en', 'fr']
  return {source: 'generated from parllint’s example sentences', posts: base.map((text, index) => ({text, lang: langs[index]}))}
}

function makeFolder(size, posts) {
  const dir = path.join(work, `drafts-${size}`)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n')
  writeFileSync(
    path.join(dir, '.parllintrc.json'),
    JSON.stringify({
      account: {owner: 'Maria Torres', managedBy: 'mixed', disclosure: {ownerMarkers: ['-MT'], staffMarkers: ['^']}},
      rules: {'plain-language': ['warn', {passive: true}], 'manager-disclosure': 'warn'}
    })
  )
  // A fixed stride through the posts: reproducible, and spread over the whole corpus.
  const stride = Math.max(1, Math.floor(posts.length / Math.max(size, 1)))
  for (let index = 0; index < size; index++) {
    const post = posts[(index * stride + index) % posts.length]
    writeFileSync(path.join(dir, `${String(index).padStart(6, '0')}.txt`), `---\nlang: ${post.lang}\n---\n${post.text}\n`)
  }
  return dir
}

function measure(command, commandArgs, cwd) {
  const argv = TIME ? ['-f', '%e %U %S %M', command, ...commandArgs] : commandArgs
  const started = process.hrtime.bigint()
  const result = spawnSync(TIME ?? command, argv, {cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe']})
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const lines = (result.stderr ?? '').trim().split('\n')
  const last = TIME ? (lines.pop() ?? '') : ''
  const [, user, system, rss] = last.split(' ').map(Number)
  // /usr/bin/time says "Command exited with non-zero status N" before its figures.
  const stderr = lines.filter((line) => !line.startsWith('Command exited with')).join('\n')
  const times = TIME && !Number.isNaN(rss) ? {wall, cpu: user + system, rssMB: rss / 1024} : {wall, cpu: null, rssMB: null}
  return {...times, code: result.status, stderr}
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null
}

const tools = {
  'node -e ""': () => [process.execPath, ['-e', '']],
  parllint: () => [process.execPath, [path.join(root, 'bin', 'parllint.js'), '.', '-f', 'json', '-o', path.join(work, 'parllint-out.json')]],
  alex: () => [process.execPath, [path.join(here, 'node_modules', 'alex', 'cli.js'), '.']],
  'write-good': (files) => [process.execPath, [path.join(here, 'node_modules', 'write-good', 'bin', 'write-good.js'), ...files]]
}
for (const peer of peers) {
  if (!tools[peer]) throw new Error(`Unknown peer ${peer}`)
  if (!existsSync(path.join(here, 'node_modules', peer))) {
    console.error(`bench: ${peer} is not installed; run "npm install --prefix bench" first.`)
    process.exit(2)
  }
}

const {source, posts} = loadPosts()
if (args.mode === 'scale') {
  scaleMode()
  process.exit(0)
}
const names = ['node -e ""', 'parllint', ...peers]
const rows = []
for (const size of sizes) {
  const dir = makeFolder(size, posts)
  const files = readdirSync(dir).filter((file) => file.endsWith('.txt'))
  const samples = Object.fromEntries(names.map((name) => [name, []]))
  // Interleaved: every tool once per round, so load on the machine hits all alike.
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      if (name === 'node -e ""' && size !== sizes[0]) continue
      const [command, commandArgs] = tools[name](files)
      samples[name].push(measure(command, commandArgs, dir))
    }
  }
  for (const name of names) {
    if (samples[name].length === 0) continue
    rows.push({
      tool: name,
      drafts: size,
      wallSeconds: median(samples[name].map((s) => s.wall)),
      cpuSeconds: median(samples[name].map((s) => s.cpu)),
      peakMB: median(samples[name].map((s) => s.rssMB)),
      draftsPerSecond: size > 1 && name !== 'node -e ""' ? size / median(samples[name].map((s) => s.wall)) : null
    })
  }
}

const find = (tool, drafts) => rows.find((row) => row.tool === tool && row.drafts === drafts)
for (const row of rows) {
  if (row.tool === 'parllint' || row.tool === 'node -e ""') continue
  const ours = find('parllint', row.drafts)
  row.parllintSpeedup = ours ? row.wallSeconds / ours.wallSeconds : null
}
// Language detection alone, on the largest folder's posts, against parllint's CPU on that folder.
const largest = Math.max(...sizes)
const detectionCost = (mode) => JSON.parse(spawnSync(process.execPath, [path.join(here, 'detection.js'), path.join(work, `drafts-${largest}`), mode], {encoding: 'utf8'}).stdout)
const detection = largest > 1 ? ['declared', 'auto'].map(detectionCost) : undefined
const baseline = find('node -e ""', sizes[0])
const cold = find('parllint', 1)
const cpuInfo = os.cpus()[0]?.model ?? 'unknown CPU'
const report = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${cpuInfo}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  corpus: source,
  runs,
  coldStartVsNode: baseline && cold ? cold.wallSeconds / baseline.wallSeconds : null,
  detection: detection?.map((run) => ({...run, shareOfParllintCpu: run.cpuSeconds / (find('parllint', largest)?.cpuSeconds ?? NaN)})),
  rows
}
mkdirSync(path.dirname(out), {recursive: true})
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)

const fmt = (value, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits))
console.log(`parllint benchmark, ${report.date.slice(0, 10)}, ${report.machine}`)
console.log(`corpus: ${source}; median of ${runs} run(s), interleaved\n`)
console.log('| tool | drafts | wall s | CPU s | peak MB | drafts/s | peer ÷ parllint (wall) |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  console.log(`| ${row.tool} | ${row.drafts} | ${fmt(row.wallSeconds)} | ${fmt(row.cpuSeconds)} | ${fmt(row.peakMB, 0)} | ${fmt(row.draftsPerSecond, 0)} | ${row.parllintSpeedup ? `${fmt(row.parllintSpeedup, 1)}×` : ''} |`)
}
if (report.coldStartVsNode) console.log(`\nparllint cold start on one draft: ${fmt(report.coldStartVsNode, 1)}× node -e ""`)
for (const run of report.detection ?? []) {
  console.log(`language detection alone on the ${run.posts} posts, ${run.mode === 'auto' ? '"lang": "auto"' : 'languages declared'}: ${fmt(run.cpuSeconds)} s CPU, ${fmt(100 * run.shareOfParllintCpu, 1)}% of parllint's (${run.unsure} too short or mixed to tell)`)
}
console.log(`written to ${path.relative(process.cwd(), out)}`)

// "Today I met ..." posts: alike enough that they share the duplicate search's buckets by the
// thousand, different enough that few are repeats of each other.
function templatePost(index) {
  const names = ['the mayor', 'the nurses', 'the teachers', 'the farmers', 'the firefighters', 'the students', 'the bus drivers']
  const towns = ['Springfield', 'Riverside', 'Fairview', 'Madison', 'Georgetown', 'Clinton', 'Salem', 'Franklin', 'Greenville']
  const topics = ['the new bridge', 'the school budget', 'the flood plan', 'rural clinics', 'bus routes', 'small business loans']
  return `Today I met ${names[index % names.length]} of ${towns[(index * 7) % towns.length]} and ${index % 500} residents of ward ${index % 97} to talk about ${topics[(index * 13) % topics.length]} and what comes next for our district.`
}

function scaleMode() {
  const drafts = Number(args.drafts ?? 100000)
  const history = Number(args.history ?? 100000)
  const bin = path.join(root, 'bin', 'parllint.js')
  const outFile = path.join(work, 'parllint-scale.json')
  const results = []
  const run = (name, cwd, target, check) => {
    const measured = measure(process.execPath, [bin, target, '-f', 'json', '-o', outFile], cwd)
    const report = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : []
    results.push({run: name, wallSeconds: measured.wall, cpuSeconds: measured.cpu, peakMB: measured.rssMB, exitCode: measured.code, stderr: measured.stderr, ...check(report)})
    rmSync(outFile, {force: true})
  }

  const folder = makeFolder(drafts, posts)
  run(`${drafts} drafts`, folder, '.', (report) => ({
    files: report.length,
    duplicatePosts: report.reduce((sum, file) => sum + file.messages.filter((message) => message.messageId === 'duplicate-post').length, 0)
  }))
  rmSync(folder, {recursive: true, force: true})

  // One draft that repeats a published post from the middle of the history, its last words changed.
  const dir = path.join(work, `history-${history}`)
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(path.join(dir, 'published'), {recursive: true})
  writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n')
  writeFileSync(path.join(dir, '.parllintrc.json'), JSON.stringify({history: 'published'}))
  for (let index = 0; index < history; index++) writeFileSync(path.join(dir, 'published', `${String(index).padStart(6, '0')}.txt`), `---\ndate: 2026-01-01\n---\n${templatePost(index)}\n`)
  const repeated = Math.floor(history / 2)
  writeFileSync(path.join(dir, 'draft.txt'), `${templatePost(repeated).replace('for our district', 'for our county')}\n`)
  run(`1 draft, history of ${history}`, dir, 'draft.txt', (report) => ({
    foundRepeat: report[0]?.messages.some((message) => message.messageId === 'published-before' && message.message.includes(`${String(repeated).padStart(6, '0')}.txt`)) ?? false
  }))
  rmSync(dir, {recursive: true, force: true})

  const out = args.out ?? path.join(here, 'results', 'scale.json')
  const report = {date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, corpus: source, results}
  mkdirSync(path.dirname(out), {recursive: true})
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  const fmt = (value, digits = 1) => (value === null || value === undefined ? '–' : value.toFixed(digits))
  console.log(`parllint at scale, ${report.date.slice(0, 10)}, ${report.machine}`)
  console.log(`corpus: ${source}\n`)
  console.log('| run | wall s | CPU s | peak MB | exit | under 500 MB |')
  console.log('| --- | ---: | ---: | ---: | ---: | --- |')
  for (const row of results) console.log(`| ${row.run} | ${fmt(row.wallSeconds)} | ${fmt(row.cpuSeconds)} | ${fmt(row.peakMB, 0)} | ${row.exitCode} | ${row.peakMB === null ? '–' : row.peakMB < 500 ? 'yes' : 'NO'} |`)
  for (const row of results) if (row.stderr) console.log(`\n${row.run}: ${row.stderr}`)
  console.log(`written to ${path.relative(process.cwd(), out)}`)
}
