// Reads one draft as strict UTF-8. Anything else (binary, another encoding,
// an unreadable file) comes back as a reason a press officer can act on.
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {inWords} from '../fs-errors.js'
import {MAX_DRAFT_BYTES, tooBig} from '../limits.js'
import {LineIndex} from '../post/lines.js'

/** How a draft was stored, so --fix writes it back the same way. */
export type Encoding = {bom: boolean}
export type ReadResult = {ok: true; text: string; encoding: Encoding} | {ok: false; reason: string}

const decoder = new TextDecoder('utf-8', {fatal: true})

// Drafts are small: one synchronous read costs less than the thread-pool round
// trips of an asynchronous one (open, stat, read, close), and posts are linted one by one.
export function readDraft(filePath: string): ReadResult {
  let bytes: Uint8Array
  let fd: number | undefined
  try {
    fd = openSync(filePath, 'r')
    // A draft over the limit is not read at all (a 50 MB file would cost its size many times over).
    const size = fstatSync(fd).size
    if (size > MAX_DRAFT_BYTES) return {ok: false, reason: tooBig(size)}
    bytes = readFileSync(fd)
  } catch (error) {
    return {ok: false, reason: `Cannot read this file (${inWords(error)}).`}
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  return decodeDraft(bytes)
}

export function decodeDraft(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_DRAFT_BYTES) return {ok: false, reason: tooBig(bytes.length)}
  if (bytes.includes(0)) {
    return {ok: false, reason: 'This file is binary, not a text draft: parllint lints .txt and .md drafts only.'}
  }
  try {
    // The decoder drops a leading byte order mark, so columns start at 1 on line 1.
    return {ok: true, text: decoder.decode(bytes), encoding: {bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf}}
  } catch {
    const offset = firstInvalidByte(bytes)
    // The bytes before it are valid UTF-8: their lines are counted as everywhere else.
    const line = new LineIndex(new TextDecoder().decode(bytes.subarray(0, offset))).lineCount
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      reason: `This file is not UTF-8 text (byte 0x${hex} on line ${line}). Save it with UTF-8 encoding and run parllint again.`
    }
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0) return index
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index
    }
    const decoded = length > 1 ? safeDecode(bytes.subarray(index, index + length)) : true
    if (!decoded) return index
    index += length
  }
  return Math.max(0, bytes.length - 1)
}

function safeDecode(bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** The bytes of a draft's text, stored as it was read. */
export function encodeDraft(text: string, encoding: Encoding): Uint8Array {
  return Buffer.from(encoding.bom ? `\uFEFF${text}` : text, 'utf8')
}
