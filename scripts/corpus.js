// Reads the evaluation corpus in ../shared/corpus when it is there; scripts
// that measure rules skip cleanly when it is not. The corpus is never copied
// into the project.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const CORPUS = process.env.PARLLINT_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/', import.meta.url))

export function corpusAvailable() {
  return existsSync(CORPUS)
}

export function readRows(name) {
  const file = `${CORPUS}/${name}.dev.jsonl`
  if (!existsSync(file)) return undefined
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
}
