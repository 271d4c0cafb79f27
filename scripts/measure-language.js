// Language detection on real posts, restricted to the four languages: accuracy on every post
// and on posts of 60 characters or more (after links, handles, hashtags and emoji are taken out),
// a confusion matrix, how each post was decided, and a sample of the disagreements to read.
// Each set's office is taken to post in the four languages with the set's own first, so a post
// detection cannot tell takes the set's language (the fallback the config gives it).
// Usage: npm run measure:language [-- --sample 40]
import {performance} from 'node:perf_hooks'
import {MIN_LETTERS} from '../dist/src/lang/detect.js'
import {decideLanguage} from '../dist/src/lang/decide.js'
import {LANGUAGES} from '../dist/src/lang/languages.js'
import {withoutSyntax} from '../dist/rules/lib/syntax.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-language: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const sampleArg = process.argv.indexOf('--sample')
const sample = sampleArg === -1 ? 40 : Number(process.argv[sampleArg + 1])
const PER_SET = 3000
const SETS = [
  ['us_congress_tweets', 'en'],
  ['chile_deputies_2018', 'es'],
  ['colombia_camara_2022', 'es'],
  ['spain_congress_2021', 'es'],
  ['fr_candidates_2022', 'fr'],
  ['canada_facebook_2015', 'fr', (row) => row.lang === 'fr'],
  ['covidpol_pt', 'pt'],
  ['told_br', 'pt']
]
const percent = (count, total) => (total ? `${((100 * count) / total).toFixed(2)}%` : '–')
const visible = (text) => withoutSyntax(text).replace(/\p{Extended_Pictographic}/gu, ' ').replace(/\s+/gu, ' ').trim()

const columns = [...LANGUAGES, 'und']
const confusion = Object.fromEntries(LANGUAGES.map((lang) => [lang, Object.fromEntries(columns.map((column) => [column, 0]))]))
const total = {posts: 0, right: 0, long: 0, longRight: 0, sure: 0, sureRight: 0}
const how = {}
const disagreements = []
console.log('| set | language | posts | accuracy | posts ≥ 60 chars | accuracy ≥ 60 | decided by detection | accuracy of those |')
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
const started = performance.now()
for (const [name, expected, filter] of SETS) {
  const rows = (readRows(name) ?? []).filter((row) => !filter || filter(row)).slice(0, PER_SET)
  const languages = [expected, ...LANGUAGES.filter((lang) => lang !== expected)]
  const set = {posts: 0, right: 0, long: 0, longRight: 0, sure: 0, sureRight: 0}
  for (const row of rows) {
    const text = visible(row.text)
    if (!/\p{L}/u.test(text)) continue // nothing to read: no language to get right or wrong
    const {decision} = await decideLanguage(row.text, undefined, {lang: 'auto', languages})
    const got = decision.source === 'detected' && !LANGUAGES.includes(decision.code) ? 'und' : decision.code
    const right = got === expected
    const long = text.length >= 60
    set.posts++
    set.right += right
    set.long += long
    set.longRight += long && right
    if (decision.source === 'detected') {
      set.sure++
      set.sureRight += right
    }
    confusion[expected][got]++
    how[decision.source] = (how[decision.source] ?? 0) + 1
    if (!right) disagreements.push({name, expected, got: decision.code, text})
  }
  for (const key of Object.keys(total)) total[key] += set[key]
  console.log(`| ${name}${filter ? ' (lang fr rows)' : ''} | ${expected} | ${set.posts} | ${percent(set.right, set.posts)} | ${set.long} | ${percent(set.longRight, set.long)} | ${percent(set.sure, set.posts)} | ${percent(set.sureRight, set.sure)} |`)
}
const elapsed = performance.now() - started
console.log(`| all | | ${total.posts} | ${percent(total.right, total.posts)} | ${total.long} | ${percent(total.longRight, total.long)} | ${percent(total.sure, total.posts)} | ${percent(total.sureRight, total.sure)} |`)
console.log(`\nTargets: ≥ 99% on posts of 60 characters or more, ≥ 97% overall. Posts with fewer than ${MIN_LETTERS} letters that the words do not decide take the office's first language.`)
console.log(`Decided: ${Object.entries(how).map(([source, count]) => `${source} ${percent(count, total.posts)}`).join(', ')}; ${(elapsed * 1000 / total.posts).toFixed(1)} µs a post (including eld's one-time load).`)

console.log('\nConfusion (rows: the set\'s language; columns: detected; und = another language)\n')
console.log(`| | ${columns.join(' | ')} |`)
console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`)
for (const lang of LANGUAGES) console.log(`| ${lang} | ${columns.map((column) => confusion[lang][column]).join(' | ')} |`)

// Every n-th disagreement, to read and count label errors (a post really in another language).
const step = Math.max(1, Math.floor(disagreements.length / sample))
console.log(`\n${disagreements.length} disagreements; every ${step}th, to read:`)
for (const {name, expected, got, text} of disagreements.filter((_, index) => index % step === 0).slice(0, sample)) {
  console.log(`- ${name} (${expected} → ${got}): ${text.slice(0, 100)}`)
}
