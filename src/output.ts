// Where the report goes: standard output or a file, written in 64 KB chunks as
// results arrive, so a big run neither holds its report in memory nor makes a
// system call per line. A file that cannot be written (a full disk) does not stop
// the run: the sink keeps the first error, and `close` returns it.
import {mkdir, open, type FileHandle} from 'node:fs/promises'
import path from 'node:path'

const CHUNK = 64 * 1024

export type Sink = {write(text: string): Promise<void>; close(): Promise<unknown>}

export function streamSink(stream: {write(text: string): unknown}): Sink {
  let buffer = ''
  let last = ''
  return {
    async write(text) {
      if (!text) return
      buffer += text
      last = text
      if (buffer.length >= CHUNK) {
        stream.write(buffer)
        buffer = ''
      }
    },
    async close() {
      // A report always ends with a line break on a terminal.
      if (last && !last.endsWith('\n')) buffer += '\n'
      if (buffer) stream.write(buffer)
      buffer = ''
      return undefined
    }
  }
}

/** Opens the report file (its folder is made if needed); throws when it cannot be created. */
export async function fileSink(target: string): Promise<Sink> {
  await mkdir(path.dirname(target), {recursive: true})
  const handle: FileHandle = await open(target, 'w')
  let buffer = ''
  let failure: unknown
  const flush = async () => {
    if (buffer && failure === undefined) await handle.write(buffer).catch((error: unknown) => (failure = error))
    buffer = ''
  }
  return {
    async write(text) {
      buffer += text
      if (buffer.length >= CHUNK) await flush()
    },
    async close() {
      await flush()
      await handle.close().catch((error: unknown) => (failure ??= error))
      return failure
    }
  }
}
