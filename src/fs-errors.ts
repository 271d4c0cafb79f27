// File-system errors said in words a press officer can act on, in the user's locale,
// never as a raw code ("EACCES") or a stack trace.
import type {Locale, Translated} from './lang/languages.js'
import {FILE_SYSTEM, TEXTS} from './texts.js'

// Codes that mean the same thing to the person reading.
const SAME_AS: Record<string, string> = {EPERM: 'EACCES', ENFILE: 'EMFILE', ETXTBSY: 'EBUSY'}
const WORDS = new Map<string, Translated>(Object.entries(FILE_SYSTEM))

/** What went wrong, in words: "permission denied", "the disk is full", ... `writing`: a missing path is a missing folder. */
export function inWords(error: unknown, locale: Locale = 'en', writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (writing && code === 'ENOENT') return TEXTS.noFolder[locale]
  const words = code ? WORDS.get(SAME_AS[code] ?? code) : undefined
  if (words) return words[locale]
  const message = error instanceof Error ? error.message : String(error)
  // "ECODE: description, syscall 'path'": keep the description.
  return /^[A-Z0-9_]+: ([^,]+)/u.exec(message)?.[1] ?? message
}
