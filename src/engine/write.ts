// --fix writes a draft as a person would by hand: through a link to the real file, keeping
// its mode, owner, byte order mark and line ends (fixes change only the characters they
// name). It writes a temporary file beside the real one and renames it over, so a crash or a
// full disk never leaves half a draft. Where a rename would change the owner (a colleague's
// draft the user may write) or cut a hard link, it writes in place instead.
import {accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, ftruncateSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import path from 'node:path'
import {inWords} from '../fs-errors.js'
import type {Encoding} from '../inputs/read.js'
import {encodeDraft} from '../inputs/read.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {TEXTS} from './texts.js'

/** Writes the fixed text; returns why it could not (the draft is then unchanged), as a sentence. */
export function writeDraft(file: string, text: string, encoding: Encoding, locale: Locale = 'en'): string | undefined {
  const why = (error: unknown, writing = false) => ({why: inWords(error, locale, writing)})
  let real: string
  let info
  try {
    real = realpathSync(file)
    info = statSync(real)
  } catch (error) {
    return fill(TEXTS.notWritten, why(error), locale)
  }
  if ((info.mode & 0o222) === 0) return TEXTS.readOnly[locale]
  try {
    accessSync(real, constants.W_OK)
  } catch (error) {
    return fill(TEXTS.mayNotWrite, why(error), locale)
  }
  const bytes = encodeDraft(text, encoding)
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.parllint-fix`)
  let fd: number | undefined
  // Only a temporary file this run made is removed: rmSync on a name that cannot exist (too long) throws.
  let created = false
  try {
    // "wx": a second parllint fixing the same draft at the same time fails here instead of interleaving.
    fd = openSync(temporary, 'wx', 0o600)
    created = true
    writeFileSync(fd, bytes)
    fchmodSync(fd, info.mode & 0o7777)
    const made = fstatSync(fd)
    if (info.nlink > 1) throw Object.assign(new Error('hard link'), {inPlace: true})
    if (made.uid !== info.uid || made.gid !== info.gid) fchownSync(fd, info.uid, info.gid)
    closeSync(fd)
    fd = undefined
    renameSync(temporary, real)
    return undefined
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return fill(TEXTS.beingFixed, {file: path.basename(temporary)}, locale)
    if (created) {
      try {
        rmSync(temporary, {force: true})
      } catch {
        // An append-only folder lets files be made but not renamed or removed: it stays, and the draft is written in place.
      }
    }
    // The owner could not be kept (EPERM), the folder is not writable, or the file has other names.
    if (code === 'EPERM' || code === 'EACCES' || (error as {inPlace?: boolean}).inPlace) return writeInPlace(real, bytes, locale)
    return fill(TEXTS.notWritten, why(error, true), locale)
  }
}

/** Overwrites the file itself, so its owner and links stay; cut to the new length at the end. */
function writeInPlace(file: string, bytes: Uint8Array, locale: Locale): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, 'r+')
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, done)
    ftruncateSync(fd, bytes.length)
    return undefined
  } catch (error) {
    return fill(TEXTS.notWrittenInPlace, {why: inWords(error, locale, true)}, locale)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
