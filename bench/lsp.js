// The language server's benchmark, as an editor drives it (`parllint --lsp`, spoken
// to over stdio with Microsoft's JSON-RPC library):
// - latency from didChange to the publishDiagnostics of that version, typing into a
//   280-character draft and into a 3,000-character Facebook post (median, 95th percentile);
// - the server's memory (heap used and resident set, after a full garbage collection)
//   after 5,000 edits across 50 open drafts, against its memory after the first 50;
// - start-up to the first diagnostics of an opened draft, against `node -e ''`.
//
//   npm run bench:lsp
//   node bench/lsp.js --edits 500 --documents 50 --memory-edits 5000 --starts 10 --out FILE
import {spawn, spawnSync} from 'node:child_process'
import {setTimeout as sleep} from 'node:timers/promises'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const BIN = path.join(here, '..', 'bin', 'parllint.js')
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, index, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[index + 1]]] : pairs), [])
)
const EDITS = Number(args.edits ?? 500)
const DOCUMENTS = Number(args.documents ?? 50)
const MEMORY_EDITS = Number(args['memory-edits'] ?? 5000)
const STARTS = Number(args.starts ?? 10)
const out = args.out ?? path.join(here, 'results', 'lsp.json')

// Drafts made from the project's own example sentences (no corpus text is copied here).
const SENTENCES = [
  'Today the committee voted to utilize the new flood fund in accordance with the plan we announced in March.',
  'Thank you to the nurses of Northside Hospital for everything you did for our community this winter.',
  'Join us this Saturday at the town hall to talk about the new school budget and what it means for families.',
  'We heard you, and we will act: the bus line to the clinic will run every twenty minutes from June.',
  'Our report on rural clinics is out, and it shows how the new funds reach every valley in the district.',
  'The bill was written with farmers, teachers and small business owners, not behind closed doors.'
]
function draftOf(length, seed, header = '') {
  let text = header
  for (let index = seed; text.length < length; index++) text += `${SENTENCES[index % SENTENCES.length]} `
  return `${text.slice(0, length - 1).trimEnd()}\n`
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const median = (values) => percentile(values, 50)
const ms = (value) => Math.round(value * 10) / 10

async function startServer(cwd, options = {}) {
  const started = process.hrtime.bigint()
  const memoryFile = path.join(cwd, `memory-${process.hrtime.bigint()}.json`)
  const flags = options.memory ? ['--expose-gc', '--import', pathToFileURL(path.join(here, 'lsp-memory.js')).href] : []
  const server = spawn(process.execPath, [...flags, BIN, '--lsp'], {cwd, stdio: ['pipe', 'pipe', 'inherit'], env: {...process.env, PARLLINT_MEMORY_FILE: memoryFile}})
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}#${params.version}`
    waiting.get(key)?.(params)
    waiting.delete(key)
  })
  connection.onNotification(() => undefined)
  connection.listen()
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}})
  await connection.sendNotification('initialized', {})
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve))
  return {
    started,
    open(uri, text, version = 1) {
      const done = published(uri, version)
      void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version, text}})
      return done
    },
    change(uri, version, change) {
      const done = published(uri, version)
      void connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
      return done
    },
    /** CPU seconds the server has used (user + system), from /proc: clock ticks of 1/100 s. */
    cpu() {
      const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return (Number(fields[11]) + Number(fields[12])) / 100
    },
    /** Live memory after a full garbage collection, in MB: the heap, and the resident set. */
    async memory() {
      rmSync(memoryFile, {force: true})
      server.kill('SIGUSR2')
      while (!existsSync(memoryFile)) await sleep(20)
      await sleep(20)
      const usage = JSON.parse(readFileSync(memoryFile, 'utf8'))
      return {heap: usage.heapUsed / 2 ** 20, rss: usage.rss / 2 ** 20}
    },
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      await new Promise((resolve) => server.on('exit', resolve))
      connection.dispose()
    }
  }
}

/** Typing into a draft: a letter inserted in a word, then removed, so the draft keeps its length. */
function typing(text, edit) {
  const at = Math.floor(text.length / 2) + (Math.floor(edit / 2) % 40)
  const position = (offset) => {
    const before = text.slice(0, offset).split('\n')
    return {line: before.length - 1, character: before.at(-1).length}
  }
  return edit % 2 === 0
    ? {range: {start: position(at), end: position(at)}, text: 'e'}
    : {range: {start: position(at), end: position(at + 1)}, text: ''}
}

function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'parllint-bench-lsp-'))
  writeFileSync(path.join(root, 'package.json'), '{"private": true}\n')
  writeFileSync(
    path.join(root, '.parllintrc.json'),
    JSON.stringify({account: {owner: 'Maria Torres', managedBy: 'mixed', disclosure: {ownerMarkers: ['-MT'], staffMarkers: ['^']}}})
  )
  return root
}

async function latency(name, text) {
  const root = workspace()
  const server = await startServer(root)
  const uri = pathToFileURL(path.join(root, `${name}.txt`)).href
  await server.open(uri, text)
  const times = []
  const cpuBefore = server.cpu()
  for (let edit = 0; edit < EDITS; edit++) {
    const change = typing(text, edit)
    const started = process.hrtime.bigint()
    await server.change(uri, edit + 2, change)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  // The server's own CPU per edit: what the lint costs, whatever else the machine is doing.
  const cpuPerEdit = ((server.cpu() - cpuBefore) * 1000) / EDITS
  await server.stop()
  return {draft: name, characters: text.length, edits: EDITS, medianMs: ms(median(times)), p95Ms: ms(percentile(times, 95)), cpuPerEditMs: ms(cpuPerEdit)}
}

async function memory() {
  const root = workspace()
  const server = await startServer(root, {memory: true})
  const documents = Array.from({length: DOCUMENTS}, (_, index) => ({
    uri: pathToFileURL(path.join(root, `draft-${index}.txt`)).href,
    text: draftOf(index % 2 === 0 ? 280 : 1200, index),
    version: 1
  }))
  for (const document of documents) await server.open(document.uri, document.text)
  let first
  for (let edit = 0; edit < MEMORY_EDITS; edit++) {
    const document = documents[edit % documents.length]
    document.version++
    await server.change(document.uri, document.version, typing(document.text, document.version - 2))
    if (edit + 1 === documents.length) first = await server.memory()
  }
  const last = await server.memory()
  await server.stop()
  const growth = (key) => `${Math.round((last[key] / first[key] - 1) * 100)}%`
  return {
    documents: DOCUMENTS,
    edits: MEMORY_EDITS,
    heapAfterFirstMB: ms(first.heap),
    heapAfterAllMB: ms(last.heap),
    heapGrowth: growth('heap'),
    rssAfterFirstMB: ms(first.rss),
    rssAfterAllMB: ms(last.rss),
    rssGrowth: growth('rss')
  }
}

async function startup() {
  const root = workspace()
  const text = draftOf(280, 0)
  writeFileSync(path.join(root, 'draft.txt'), text)
  const runs = {node: [], nodeCpu: [], cli: [], cliCpu: [], server: [], serverCpu: []}
  const time = (name, command) => {
    const started = process.hrtime.bigint()
    const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...command], {cwd: root, encoding: 'utf8'})
    runs[name].push(Number(process.hrtime.bigint() - started) / 1e6)
    runs[`${name}Cpu`].push(timed.stderr.trim().split('\n').at(-1).split(' ').reduce((sum, value) => sum + Number(value), 0) * 1000)
  }
  for (let run = 0; run < STARTS; run++) {
    time('node', ['-e', ''])
    // The command line on the same draft, for comparison: what the server adds is the protocol.
    time('cli', [BIN, 'draft.txt'])
    const server = await startServer(root)
    await server.open(pathToFileURL(path.join(root, 'draft.txt')).href, text)
    runs.server.push(Number(process.hrtime.bigint() - server.started) / 1e6)
    runs.serverCpu.push(server.cpu() * 1000)
    await server.stop()
  }
  const [node, server] = [median(runs.node), median(runs.server)]
  return {runs: STARTS, nodeMs: ms(node), nodeCpuMs: ms(median(runs.nodeCpu)), cliMs: ms(median(runs.cli)), cliCpuMs: ms(median(runs.cliCpu)), firstDiagnosticsMs: ms(server), firstDiagnosticsCpuMs: ms(median(runs.serverCpu)), ratio: `${(server / node).toFixed(1)}×`}
}

const results = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  loadBefore: os.loadavg()[0],
  latency: [await latency('280-character draft', draftOf(280, 0)), await latency('3,000-character Facebook post', draftOf(3000, 2, '---\nplatform: facebook\n---\n'))],
  memory: await memory(),
  startup: await startup()
}
mkdirSync(path.dirname(out), {recursive: true})
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)

console.log('| draft | characters | edits | median ms | p95 ms | server CPU per edit (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: |')
for (const row of results.latency) console.log(`| ${row.draft} | ${row.characters} | ${row.edits} | ${row.medianMs} | ${row.p95Ms} | ${row.cpuPerEditMs} |`)
const {memory: m, startup: s} = results
console.log(`\n| documents | memory after a full GC | after the first ${m.documents} edits (MB) | after ${m.edits} edits (MB) | growth |\n| ---: | --- | ---: | ---: | ---: |`)
console.log(`| ${m.documents} | heap used | ${m.heapAfterFirstMB} | ${m.heapAfterAllMB} | ${m.heapGrowth} |`)
console.log(`| ${m.documents} | resident set | ${m.rssAfterFirstMB} | ${m.rssAfterAllMB} | ${m.rssGrowth} |`)
console.log(`\n| start-up (median of ${s.runs}) | wall ms | CPU ms |\n| --- | ---: | ---: |`)
console.log(`| node -e '' | ${s.nodeMs} | ${s.nodeCpuMs} |`)
console.log(`| parllint draft.txt (the CLI, one draft) | ${s.cliMs} | ${s.cliCpuMs} |`)
console.log(`| parllint --lsp to the first diagnostics | ${s.firstDiagnosticsMs} | ${s.firstDiagnosticsCpuMs} |`)
console.log(`\nstart-up to first diagnostics ÷ node -e '': ${s.ratio} (wall)`)
console.log(`\nload average during the run: ${os.loadavg().map((value) => value.toFixed(1)).join(', ')}`)
console.log(`\n${results.node}, ${results.cores} × ${results.cpu}; written to ${path.relative(process.cwd(), out)}`)
