// Where the report goes: standard output or a file, written in 64 KB chunks as
// results arrive, so a big run neither holds its report in memory nor makes a
// system call per line.
import {mkdir, open, type FileHandle} from 'node:fs/promises'
import path from 'node:path'

const CHUNK = 64 * 1024

export type Sink = {write(text: string): Promise<void>; close(): Promise<void>}

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
    }
  }
}

export async function fileSink(target: string): Promise<Sink> {
  await mkdir(path.dirname(target), {recursive: true})
  const handle: FileHandle = await open(target, 'w')
  let buffer = ''
  return {
    async write(text) {
      buffer += text
      if (buffer.length >= CHUNK) {
        await handle.write(buffer)
        buffer = ''
      }
    },
    async close() {
      if (buffer) await handle.write(buffer)
      await handle.close()
    }
  }
}
