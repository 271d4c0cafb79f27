// plain-language measured on real posts and on texts of known reading level:
// - the share of legislators' posts flagged at default settings, per set and
//   messageId, with each post's language declared (the first --rows posts of a set;
//   every post of us_congress_tweets, the short tweets that must stay quiet), and
//   retext-readability beside it on the English sets;
// - readability pairs (the same text at two or three levels): the share of aligned
//   sets in which the simpler text gets the easier score, per source;
// - --sample N: N flagged posts per language, spread evenly, to read and judge.
// Usage: npm run build && node scripts/measure-plain-language.js [--sample 30] [--rows 2000] [--from 0] [--out FILE]
import {writeFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createTextLinter} from '../dist/src/api.js'
import {proseSentences} from '../dist/rules/lib/prose.js'
import {profileFor} from '../dist/rules/lib/profile.js'
import {readability, readingUnits} from '../dist/rules/lib/readability.js'
import {corpusAvailable, readRows} from './corpus.js'

if (!corpusAvailable()) {
  console.log('measure-plain-language: ../shared/corpus not found; nothing measured.')
  process.exit(0)
}

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : fallback
}
const sampleSize = Number(arg('sample', 0))
const rowCount = Number(arg('rows', 2000))
const from = Number(arg('from', 0))
const out = arg('out', undefined)

// [set, language, which rows]: the issue's table, the short English tweets, and the French posts of canada_facebook_2015.
const SETS = [
  ['us_congress_tweets', 'en', 'all'],
  ['us_congress_2017_2021_sample', 'en'],
  ['us_politicians_bias', 'en'],
  ['chile_deputies_2018', 'es'],
  ['bolivia_politicians', 'es'],
  ['colombia_camara_2022', 'es'],
  ['spain_congress_2021', 'es'],
  ['fr_candidates_2022', 'fr'],
  ['canada_facebook_2015', 'fr', 'fr'],
  ['covidpol_pt', 'pt']
]

const percent = (count, total) => `${((100 * count) / total).toFixed(1)}%`
const lint = createTextLinter({rules: {'plain-language': 'warn'}})
// retext-readability with options from plain-language guides: grade 8 is age 13–14 (target age 14);
// guides call a sentence of about 20 words readable (minWords 20); a majority of its 7 formulas (4/7).
const peers = {
  'retext-readability age 14, minWords 20': unified().use(retextEnglish).use(retextReadability, {age: 14, minWords: 20}).freeze(),
  'retext-readability default': unified().use(retextEnglish).use(retextReadability).freeze()
}

const flaggedByLang = {}
const report = []
const print = (line = '') => {
  console.log(line)
  report.push(line)
}

print(`Posts flagged at default settings (rows ${from}–${from + rowCount - 1} of each set; every row of us_congress_tweets):`)
for (const [name, lang, which] of SETS) {
  let rows = readRows(name)
  if (!rows) continue
  if (which === 'fr') rows = rows.filter((row) => row.lang === 'fr')
  if (which !== 'all') rows = rows.slice(from, from + rowCount)
  const byMessage = {}
  let flagged = 0
  const peerCounts = Object.fromEntries(Object.keys(peers).map((peer) => [peer, 0]))
  for (const row of rows) {
    const found = (await lint(row.text, lang)).filter((d) => d.ruleId === 'plain-language')
    if (found.length > 0) {
      flagged++
      ;(flaggedByLang[lang] ??= []).push({set: name, text: row.text, found})
    }
    for (const id of new Set(found.map((d) => d.messageId))) byMessage[id] = (byMessage[id] ?? 0) + 1
    if (lang !== 'en' || which === 'all') continue
    for (const [peer, processor] of Object.entries(peers)) {
      const file = new VFile(row.text)
      processor.runSync(processor.parse(file), file)
      if (file.messages.length > 0) peerCounts[peer]++
    }
  }
  const ids = Object.entries(byMessage)
    .sort()
    .map(([id, count]) => `${id} ${percent(count, rows.length)}`)
    .join(', ')
  print(`  ${name} (${lang}, ${rows.length}): ${percent(flagged, rows.length)}${ids ? ` (${ids})` : ''}`)
  if (lang === 'en' && which !== 'all') for (const [peer, count] of Object.entries(peerCounts)) print(`    ${peer}: ${percent(count, rows.length)}`)
}

// Readability pairs: the text at level 0 against each simpler level of its set (a
// simplifier that split a sentence left several rows at one level: they are read together).
const score = {value: undefined}
const probe = {
  meta: {id: 'probe', description: '', guideline: {section: '', summary: ''}, docs: '', defaultSeverity: 'warn', schema: {}, defaultOptions: {}, fixable: false, messages: {}},
  attacher: () => (tree, file) => {
    const text = String(file.value)
    score.value = readability(readingUnits(proseSentences(tree, text), text), file.data.post.lang)
  }
}
const measure = createTextLinter({registry: [probe], rules: {probe: 'warn'}})
const pairs = readRows('readability_pairs')
if (pairs) {
  const sets = new Map()
  for (const row of pairs) {
    const set = sets.get(row.pair) ?? {source: row.source, lang: row.lang, levels: new Map()}
    set.levels.set(row.level, [...(set.levels.get(row.level) ?? []), row.text])
    sets.set(row.pair, set)
  }
  const tally = {}
  for (const [pair, set] of sets) {
    const formula = profileFor(set.lang).readability
    const scores = new Map()
    for (const [level, texts] of set.levels) {
      await measure(texts.join(' '), set.lang)
      scores.set(level, score.value)
    }
    const base = scores.get(0)
    // Two halves of the sets (by the pair id's last hex digit), so a figure can be read on the half nobody looked at.
    const half = parseInt(pair.slice(-1), 16) % 2 === 0 ? 'A' : 'B'
    const t = (tally[set.source] ??= {lang: set.lang, comparisons: 0, formula: 0, lix: 0, sets: 0, setsFormula: 0, A: [0, 0], B: [0, 0]})
    let all = true
    for (const [level, simpler] of scores) {
      if (level === 0 || !base || !simpler) continue
      const easier = formula.grade ? simpler.score < base.score : simpler.score > base.score
      t.comparisons++
      t[half][0]++
      if (easier) {
        t.formula++
        t[half][1]++
      } else all = false
      if (simpler.lix < base.lix) t.lix++
    }
    t.sets++
    if (all) t.setsFormula++
  }
  print('\nReadability pairs: share in which the simpler text scores easier (ties count as failures)')
  for (const [source, t] of Object.entries(tally)) {
    print(
      `  ${source} (${t.lang}, ${t.sets} sets, ${t.comparisons} comparisons): formula ${percent(t.formula, t.comparisons)} of comparisons, ` +
        `${percent(t.setsFormula, t.sets)} of sets (every simpler level easier); half A ${percent(t.A[1], t.A[0])}, half B ${percent(t.B[1], t.B[0])}; LIX ${percent(t.lix, t.comparisons)}`
    )
  }
}

if (sampleSize > 0) {
  print(`\nSample of ${sampleSize} flagged posts per language (spread evenly over the flagged posts of the measured rows):`)
  for (const [lang, flagged] of Object.entries(flaggedByLang)) {
    print(`\n== ${lang} (${flagged.length} flagged posts)`)
    const step = flagged.length / sampleSize
    for (let index = 0; index < sampleSize && index < flagged.length; index++) {
      const {set, text, found} = flagged[Math.floor(index * step)]
      print(`\n[${lang} ${index + 1}] (${set}) ${text.replace(/\n/g, ' ⏎ ')}`)
      for (const d of found) print(`    ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId}: ${d.message}`)
    }
  }
}
if (out) writeFileSync(out, report.join('\n') + '\n')
