// The mutation score per folder and per file, and the surviving mutants by kind, from
// Stryker's JSON reports (npm run mutate writes reports/mutation/mutation.json).
// Usage: node scripts/mutation-summary.js [report.json ...] [--survivors]
// Several reports (runs over parts of the code) are merged, a later one replacing a file
// an earlier one also holds. The score is Stryker's: killed and timed-out mutants over
// all valid ones (survivors and mutants no test reaches count against it).
import {readFileSync} from 'node:fs'
import path from 'node:path'

const args = process.argv.slice(2)
const listSurvivors = args.includes('--survivors')
const reports = args.filter((arg) => !arg.startsWith('--'))
if (reports.length === 0) reports.push('reports/mutation/mutation.json')

const files = new Map()
for (const report of reports) {
  const data = JSON.parse(readFileSync(report, 'utf8'))
  for (const [file, entry] of Object.entries(data.files)) files.set(path.relative(process.cwd(), path.resolve(file)), entry)
}

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])
const empty = () => ({detected: 0, undetected: 0, noCoverage: 0})
const add = (totals, mutant) => {
  if (DETECTED.has(mutant.status)) totals.detected++
  else if (UNDETECTED.has(mutant.status)) totals.undetected++
  if (mutant.status === 'NoCoverage') totals.noCoverage++
}
const score = ({detected, undetected}) => (detected + undetected === 0 ? '–' : ((100 * detected) / (detected + undetected)).toFixed(1))
const row = (name, totals) => `| ${name} | ${score(totals)} | ${totals.detected} | ${totals.undetected - totals.noCoverage} | ${totals.noCoverage} |`

const byFolder = new Map()
const byFile = []
const byKind = new Map()
const survivors = []
for (const [file, {mutants, source}] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const folder = path.dirname(file)
  const fileTotals = empty()
  const folderTotals = byFolder.get(folder) ?? empty()
  byFolder.set(folder, folderTotals)
  for (const mutant of mutants) {
    add(fileTotals, mutant)
    add(folderTotals, mutant)
    if (UNDETECTED.has(mutant.status)) {
      byKind.set(mutant.mutatorName, (byKind.get(mutant.mutatorName) ?? 0) + 1)
      const line = source.split('\n')[mutant.location.start.line - 1] ?? ''
      survivors.push(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName}: ${line.trim().slice(0, 100)} → ${String(mutant.replacement ?? '').replace(/\s+/gu, ' ').slice(0, 80)}`)
    }
  }
  byFile.push([file, fileTotals])
}

const total = empty()
for (const totals of byFolder.values()) for (const key of Object.keys(total)) total[key] += totals[key]
const header = (what) => `| ${what} | score % | killed or timed out | survived | no coverage |\n| --- | ---: | ---: | ---: | ---: |`
// The targets are for rules/ with rules/lib, and for src/engine.
const tree = (prefix) => {
  const totals = empty()
  for (const [folder, each] of byFolder) if (folder === prefix || folder.startsWith(`${prefix}/`)) for (const key of Object.keys(totals)) totals[key] += each[key]
  return totals
}
console.log(header('folder'))
for (const [folder, totals] of byFolder) console.log(row(folder, totals))
if ([...byFolder.keys()].some((folder) => folder.startsWith('rules/'))) console.log(row('rules/ with rules/lib', tree('rules')))
console.log(row('**all**', total))
console.log(`\n${header('file')}`)
for (const [file, totals] of byFile) console.log(row(file, totals))
console.log('\n| surviving kind | mutants |\n| --- | ---: |')
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`| ${kind} | ${count} |`)
if (listSurvivors) console.log(`\n${survivors.join('\n')}`)
