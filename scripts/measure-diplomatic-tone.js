// diplomatic-tone on real text:
// - real replies by legislators (us_congress_tweets, is_reply): share flagged (target ≤ 2%), every flag printed;
// - ethos_hate: share of posts labelled hate that get a message when sent as a reply (recall),
//   and of posts labelled not hate (the false-alarm rate), as a sanity check that hostile wording is caught.
// Usage: npm run measure:diplomatic-tone
import {createTextLinter} from '../dist/src/api.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-diplomatic-tone: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}
const off = {'plain-language': 'off', redundancy: 'off', 'value-coherence': 'off', 'manager-disclosure': 'off', 'gendered-abuse': 'off'}
const lint = createTextLinter({rules: {...off, 'diplomatic-tone': 'warn', 'troll-engagement': 'off'}})
const asReply = (text) => `---\nreply: true\n---\n${text}`
const percent = (count, total) => `${((100 * count) / total).toFixed(2)}%`

const replies = readRows('us_congress_tweets')?.filter((row) => row.is_reply) ?? []
const flags = []
const byMessage = {}
for (const row of replies) {
  const found = (await lint(asReply(row.text))).filter((d) => d.ruleId === 'diplomatic-tone')
  if (found.length) flags.push({row, found})
  for (const id of new Set(found.map((d) => d.messageId))) byMessage[id] = (byMessage[id] ?? 0) + 1
}
console.log(`Legislators' replies (us_congress_tweets, is_reply): ${flags.length} of ${replies.length} flagged (${percent(flags.length, replies.length)}; target ≤ 2%)`)
for (const [id, count] of Object.entries(byMessage).sort()) console.log(`  ${id}: ${count}`)

const hate = readRows('ethos_hate') ?? []
const tally = {hate: [0, 0], not: [0, 0]}
for (const row of hate) {
  const flagged = (await lint(asReply(row.text))).some((d) => d.ruleId === 'diplomatic-tone')
  const key = row.label === 'hate' ? 'hate' : 'not'
  tally[key][0] += flagged ? 1 : 0
  tally[key][1]++
}
console.log(`\nethos_hate as replies: hate flagged ${tally.hate[0]} of ${tally.hate[1]} (recall ${percent(...tally.hate)}); not hate flagged ${tally.not[0]} of ${tally.not[1]} (${percent(...tally.not)})`)

console.log(`\nEvery flag on legislators' replies (${flags.length}):`)
for (const {row, found} of flags) {
  console.log(`\n[@${row.author}] ${row.text.replace(/\n/g, ' ')}`)
  for (const d of found) console.log(`    ${d.messageId}: ${d.message}`)
}
