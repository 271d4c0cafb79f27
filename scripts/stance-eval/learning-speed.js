// How long value-coherence takes to learn from 40,000 published posts, and how much
// memory: two JSONL exports without a lang column (the office's: the Democrats' posts
// of us_congress_tweets; its opponents': the Republicans', topped up with the other
// congressional sets), read, language-detected and learned from as a run does, in a
// child process timed by the OS (CPU time as well as wall time: on a shared machine the
// wall clock also counts other processes' turns); then the same exports with a `lang`
// column, as platform exports have, so no language is detected; then a run that reads
// what was learned from the --cache file. Usage: node scripts/stance-eval/learning-speed.js
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {corpusAvailable, readRows} from '../corpus.js'

const TOTAL = 40_000
const root = fileURLToPath(new URL('../../', import.meta.url))

if (process.argv[2] === '--child') {
  // The child: learn once, as the engine does for a config that names opponents.
  const [, , , folder, withCache] = process.argv
  const {createLearning} = await import(`${root}dist/src/engine/learn.js`)
  const {openModelCache} = await import(`${root}dist/src/engine/model-cache.js`)
  const {rules} = await import(`${root}dist/rules/index.js`)
  const {configFor} = await import(`${root}dist/src/api.js`)
  const cache = withCache.startsWith('cache') ? openModelCache(path.join(folder, 'learned'), 'bench') : undefined
  const config = {
    ...configFor({lang: 'auto', languages: ['en', 'es'], rules: {'value-coherence': 'warn'}, values: JSON.parse(process.env.VALUES)}),
    history: path.join(folder, withCache.endsWith('lang') ? 'own-lang.jsonl' : 'own.jsonl'),
    opponents: [path.join(folder, withCache.endsWith('lang') ? 'opponents-lang.jsonl' : 'opponents.jsonl')]
  }
  const started = performance.now()
  const learned = await createLearning(rules, {cwd: folder, extensions: ['.txt'], version: 'bench', cache, onProblem: () => {}}).for(config)
  const seconds = (performance.now() - started) / 1000
  cache?.save()
  console.log(JSON.stringify({seconds, words: Object.keys(learned.models['value-coherence'].languages.en?.words ?? {}).length}))
  process.exit(0)
}

if (!corpusAvailable()) {
  console.log('learning-speed: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const congress = readRows('us_congress_tweets')
const more = [...(readRows('us_congress_2017_2021_sample') ?? []), ...(readRows('us_congress_selfpromo') ?? [])]
const own = congress.filter((row) => row.party === 'D')
const opponents = [...congress.filter((row) => row.party !== 'D'), ...more].slice(0, TOTAL - own.length)
const folder = mkdtempSync(path.join(tmpdir(), 'parllint-learning-'))
const jsonl = (rows, lang) => rows.map((row) => JSON.stringify(lang ? {text: row.text, lang: row.lang} : {text: row.text})).join('\n') + '\n'
writeFileSync(path.join(folder, 'own.jsonl'), jsonl(own))
writeFileSync(path.join(folder, 'opponents.jsonl'), jsonl(opponents))
writeFileSync(path.join(folder, 'own-lang.jsonl'), jsonl(own, true))
writeFileSync(path.join(folder, 'opponents-lang.jsonl'), jsonl(opponents, true))
const values = {positions: JSON.parse(readFileSync(new URL('./offices.json', import.meta.url), 'utf8')).us_congress.positions}

/** One child run: its own timing of the learning, and its peak memory as the OS saw it. */
function measure(mode) {
  const peakFile = path.join(folder, 'peak')
  const output = execFileSync('/usr/bin/time', ['-f', '%U %S %M', '-o', peakFile, process.execPath, fileURLToPath(import.meta.url), '--child', folder, mode], {
    env: {...process.env, VALUES: JSON.stringify(values)}
  })
  const [user, system, peak] = readFileSync(peakFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
  return {...JSON.parse(output.toString()), cpu: user + system, mb: peak / 1024}
}

console.log(`${own.length} office posts and ${opponents.length} opponents' posts (${own.length + opponents.length} in all), two JSONL exports, languages detected`)
const labels = {none: 'read, detect languages, learn', lang: 'read, learn (a lang column)', cache: 'the same with --cache, first run', 'cache-again': 'with --cache, next run'}
for (const mode of ['none', 'lang', 'cache', 'cache-again']) {
  const {seconds, cpu, mb, words} = measure(mode)
  console.log(`${labels[mode]}: ${seconds.toFixed(2)} s wall for the learning, ${cpu.toFixed(2)} s CPU for the whole process, peak ${mb.toFixed(0)} MB (the whole process), ${words} English words kept`)
}
console.log(`cache file: ${(statSync(path.join(folder, 'learned')).size / 1e6).toFixed(1)} MB`)
