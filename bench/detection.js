// The share of a run that language detection costs, on the same posts as the benchmark's
// largest folder, each way in a process of its own (so eld's one-time load counts):
// - declared: every draft declares its language, as the benchmark's do; detection only checks
//   it (the language rule), from the profiles' words;
// - auto: "lang": "auto", the default; the words decide most posts and eld the rest.
// Prints CPU seconds as JSON; bench/run.js sets them beside parllint's CPU on that folder.
//   node bench/detection.js FOLDER declared|auto
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {decideLanguage} from '../dist/src/lang/decide.js'
import {LANGUAGES} from '../dist/src/lang/languages.js'

const [folder, mode] = process.argv.slice(2)
const drafts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const text = readFileSync(path.join(folder, name), 'utf8')
    return {declared: /^---\nlang: (\w+)\n/u.exec(text)?.[1], prose: text.replace(/^---\n[\s\S]*?\n---\n/u, '')}
  })
const settings = {lang: 'auto', languages: [...LANGUAGES]}
const started = process.cpuUsage()
let unsure = 0
for (const {declared, prose} of drafts) {
  const {decision} = await decideLanguage(prose, mode === 'declared' ? declared : undefined, settings)
  if (decision.source === 'fallback') unsure++
}
const {user, system} = process.cpuUsage(started)
console.log(JSON.stringify({mode, posts: drafts.length, cpuSeconds: (user + system) / 1e6, unsure}))
