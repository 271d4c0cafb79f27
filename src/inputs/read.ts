// Reads one draft as strict UTF-8, or UTF-16 when a byte order mark says so (Windows
// Notepad's "Unicode"). Anything else (binary, another encoding, an unreadable file)
// comes back as a reason a press officer can act on.
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {inWords} from '../fs-errors.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {MAX_DRAFT_BYTES, tooBig} from '../limits.js'
import {LineIndex} from '../post/lines.js'
import {TEXTS} from './texts.js'

/** How a draft was stored, so --fix writes it back the same way. */
export type Encoding = {name: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean}
export type ReadResult = {ok: true; text: string; encoding: Encoding} | {ok: false; reason: string}

/** What the file was read as: a draft, or a platform export (whose binary reason says what an export is). */
export type ReadAs = {locale?: Locale; kind?: 'draft' | 'export'}

const decoder = new TextDecoder('utf-8', {fatal: true})

// Drafts are small: one synchronous read costs less than the thread-pool round
// trips of an asynchronous one (open, stat, read, close), and posts are linted one by one.
export function readDraft(filePath: string, as: ReadAs = {}): ReadResult {
  const locale = as.locale ?? 'en'
  let bytes: Uint8Array
  let fd: number | undefined
  try {
    fd = openSync(filePath, 'r')
    // A draft over the limit is not read at all (a 50 MB file would cost its size many times over).
    const size = fstatSync(fd).size
    if (size > MAX_DRAFT_BYTES) return {ok: false, reason: tooBig(size, locale)}
    bytes = readFileSync(fd)
  } catch (error) {
    return {ok: false, reason: fill(TEXTS.cannotReadFile, {why: inWords(error, locale)}, locale)}
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  return decodeDraft(bytes, as)
}

export function decodeDraft(bytes: Uint8Array, as: ReadAs = {}): ReadResult {
  const locale = as.locale ?? 'en'
  const say = (template: keyof typeof TEXTS) => TEXTS[template][locale]
  if (bytes.length > MAX_DRAFT_BYTES) return {ok: false, reason: tooBig(bytes.length, locale)}
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  if (utf16) {
    try {
      // The decoder drops the byte order mark, so columns start at 1 on line 1.
      return {ok: true, text: new TextDecoder(utf16, {fatal: true}).decode(bytes), encoding: {name: utf16, bom: true}}
    } catch {
      return {ok: false, reason: say('notUtf16')}
    }
  }
  if (bytes.includes(0)) return {ok: false, reason: say(looksLikeUtf16(bytes) ? 'utf16WithoutBom' : as.kind === 'export' ? 'binaryExport' : 'binary')}
  try {
    return {ok: true, text: decoder.decode(bytes), encoding: {name: 'utf-8', bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf}}
  } catch {
    const offset = firstInvalidByte(bytes)
    // The bytes before it are valid UTF-8: their lines are counted as everywhere else.
    const line = new LineIndex(new TextDecoder().decode(bytes.subarray(0, offset))).lineCount
    const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {ok: false, reason: fill(TEXTS.notUtf8, {byte: hex, line}, locale)}
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
  const content = encoding.bom ? `\uFEFF${text}` : text
  if (encoding.name === 'utf-8') return Buffer.from(content, 'utf8')
  const bytes = Buffer.from(content, 'utf16le')
  return encoding.name === 'utf-16be' ? bytes.swap16() : bytes
}

/** UTF-16 text without a byte order mark: in Latin text, most code units have one zero byte, always on the same side. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return false
  let even = 0
  let odd = 0
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) even++
    if (bytes[index + 1] === 0) odd++
  }
  const units = bytes.length / 2
  return Math.max(even, odd) >= units / 2 && Math.min(even, odd) === 0
}
