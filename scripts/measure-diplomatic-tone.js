// diplomatic-tone on real replies in four languages:
// - legislators' and candidates' replies (a reply by the source's metadata, or a post that
//   opens with an @mention): share flagged (target ≤ 2% in each language);
// - ethos_hate sent as replies: the share of posts labelled hate that get a message
//   (recall), and of posts labelled not hate (the false-alarm rate), as a sanity check.
// Rows are split in two halves by sha1(id), as in measure-gendered-abuse.js: half A was read
// while building the rule (--show A prints its flags), half B is scored blind (default).
// Usage: npm run measure:diplomatic-tone [-- --half all] [-- --show A]
import {createHash} from 'node:crypto'
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-diplomatic-tone: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]
}
const half = argument('half', 'B')
const show = argument('show', undefined)
const halfOf = (row) => (parseInt(createHash('sha1').update(String(row.id)).digest('hex')[1], 16) < 8 ? 'A' : 'B')
const rowsOf = (name) => readRows(name)?.filter((row) => half === 'all' || halfOf(row) === half)

const off = {'plain-language': 'off', redundancy: 'off', 'value-coherence': 'off', 'manager-disclosure': 'off', 'gendered-abuse': 'off', 'troll-engagement': 'off'}
const lint = createTextLinter({rules: {...off, 'diplomatic-tone': 'warn'}})
const asReply = (text) => `---\nreply: true\n---\n${text}`
const percent = (count, total) => `${((100 * count) / Math.max(total, 1)).toFixed(2)}%`
const opensWithMention = (row) => /^\s*\.?@[\p{L}\p{N}_]/u.test(row.text)

// [set, language, which rows are replies]
const sets = [
  ['us_congress_tweets', 'en', (row) => row.is_reply],
  ['fr_candidates_2022', 'fr', (row) => row.type === 'reply'],
  ['chile_deputies_2018', 'es', opensWithMention],
  ['bolivia_politicians', 'es', (row) => opensWithMention(row)],
  ['colombia_camara_2022', 'es', (row) => row.is_reply || opensWithMention(row)],
  ['spain_congress_2021', 'es', opensWithMention],
  ['covidpol_pt', 'pt', opensWithMention]
]

console.log(`diplomatic-tone, half ${half} of each set${half === 'B' ? ' (not read while building the rule)' : ''}\n`)
console.log('| set | lang | replies | flagged | by message |')
console.log('| --- | --- | ---: | ---: | --- |')
const byLanguage = {}
const flags = []
for (const [name, lang, isReply] of sets) {
  const replies = rowsOf(name)?.filter(isReply)
  if (!replies) continue
  const byMessage = {}
  let flagged = 0
  for (const row of replies) {
    const found = (await lint(asReply(row.text), lang)).filter((d) => d.ruleId === 'diplomatic-tone')
    if (found.length) {
      flagged++
      if (show && halfOf(row) === show) flags.push({name, row, found})
    }
    for (const id of new Set(found.map((d) => d.messageId))) byMessage[id] = (byMessage[id] ?? 0) + 1
  }
  byLanguage[lang] ??= {flagged: 0, total: 0}
  byLanguage[lang].flagged += flagged
  byLanguage[lang].total += replies.length
  const messages = Object.entries(byMessage).sort().map(([id, count]) => `${id} ${count}`).join(', ')
  console.log(`| ${name} | ${lang} | ${replies.length} | ${percent(flagged, replies.length)} (${flagged}) | ${messages} |`)
}
console.log('\nPer language (target ≤ 2%):')
for (const [lang, {flagged, total}] of Object.entries(byLanguage)) console.log(`  ${lang}: ${flagged} of ${total} replies flagged (${percent(flagged, total)})`)

const hate = rowsOf('ethos_hate') ?? []
const tally = {hate: [0, 0], not: [0, 0]}
for (const row of hate) {
  const flagged = (await lint(asReply(row.text), 'en')).some((d) => d.ruleId === 'diplomatic-tone')
  const key = row.label === 'hate' ? 'hate' : 'not'
  tally[key][0] += flagged ? 1 : 0
  tally[key][1]++
}
console.log(`\nethos_hate as replies: hate flagged ${tally.hate[0]} of ${tally.hate[1]} (recall ${percent(...tally.hate)}); not hate flagged ${tally.not[0]} of ${tally.not[1]} (${percent(...tally.not)})`)

if (show) {
  console.log(`\nEvery flag in half ${show} (${flags.length}):`)
  for (const {name, row, found} of flags) {
    console.log(`\n[${name}] ${row.text.replace(/\n/g, ' ')}`)
    for (const d of found) console.log(`    ${d.messageId}: ${d.message}`)
  }
}
