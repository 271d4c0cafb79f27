// The share of a run that language detection costs: decides the language of the same
// posts as the benchmark's largest folder, in a process of its own (so eld's one-time load
// counts), and prints its CPU seconds as JSON. bench/run.js sets it beside parllint's CPU.
//   node bench/detection.js FOLDER
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {decideLanguage} from '../dist/src/lang/decide.js'
import {LANGUAGES} from '../dist/src/lang/languages.js'

const folder = process.argv[2]
const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, ''))
const started = process.cpuUsage()
let unsure = 0
for (const text of texts) {
  // As a run with "lang": "auto" decides it, among the four.
  const {decision} = await decideLanguage(text, undefined, {lang: 'auto', languages: [...LANGUAGES]})
  if (decision.source !== 'detected') unsure++
}
const {user, system} = process.cpuUsage(started)
console.log(JSON.stringify({posts: texts.length, cpuSeconds: (user + system) / 1e6, unsure}))
