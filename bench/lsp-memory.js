// Preloaded into the language server by bench/lsp.js (node --expose-gc --import):
// on SIGUSR2 it collects garbage and writes its memory use to PARLLINT_MEMORY_FILE,
// so the benchmark compares live memory, not how far V8 has grown its heap.
import {writeFileSync} from 'node:fs'

process.on('SIGUSR2', () => {
  globalThis.gc()
  writeFileSync(process.env.PARLLINT_MEMORY_FILE, JSON.stringify(process.memoryUsage()))
})
