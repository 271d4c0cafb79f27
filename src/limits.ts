// Size guards. What no post can be, parllint does not try to read, so one odd file can
// neither exhaust memory nor stall a run: a draft over a limit is reported in one line and
// skipped, and the other drafts are linted. Below the limits every step is linear (or
// n log n) in the draft's length; the comments where it matters say so.
import type {Locale} from './lang/languages.js'
import {fill} from './lang/messages.js'
import {TEXTS} from './texts.js'

/** Bytes in one draft. The longest post any platform takes (Facebook: 63,206 characters) fits, in any script. */
export const MAX_DRAFT_BYTES = 128 * 1024

/** Characters in one word or link (a run without spaces). Browsers stop at about 2,000 in a link. */
export const MAX_TOKEN_LENGTH = 4000

/**
 * Markdown markup: emphasis marks (* _) and link brackets ([), and containers (> and list
 * markers) nested on one line. The Markdown parser slows down quadratically past these, so a
 * draft with more is linted as plain text (with a warning), which is linear.
 */
export const MAX_MARKDOWN_MARKS = 1000
export const MAX_MARKDOWN_NESTING = 16

// Figures as the locale writes them (1,200; 1 200; 1.200). Only these rare messages pay for Intl.NumberFormat.
const number = (value: number, locale: Locale, decimals = 0) =>
  value.toLocaleString(locale, decimals ? {minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false} : {})

export function formatSize(bytes: number, locale: Locale = 'en'): string {
  return bytes >= 1024 * 1024 ? fill(TEXTS.megabytes, {size: number(bytes / 1024 / 1024, locale, 1)}, locale) : fill(TEXTS.kilobytes, {size: number(bytes / 1024, locale, 1)}, locale)
}

/** The message for a draft over MAX_DRAFT_BYTES. */
export function tooBig(bytes: number, locale: Locale = 'en'): string {
  return fill(TEXTS.tooBig, {size: formatSize(bytes, locale), limit: fill(TEXTS.kilobytes, {size: MAX_DRAFT_BYTES / 1024}, locale)}, locale)
}

/** The first word or link longer than MAX_TOKEN_LENGTH, and a message for it; one pass over the text. */
export function overlongToken(text: string, locale: Locale = 'en'): {start: number; end: number; message: string} | undefined {
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const code = text.charCodeAt(index)
    // A space, a tab, a line break or the end: \s without a regex per character.
    const space = index === text.length || code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(text[index]!))
    if (!space) continue
    if (index - start > MAX_TOKEN_LENGTH) {
      return {
        start,
        end: index,
        message: fill(TEXTS.overlongToken, {length: number(index - start, locale), limit: number(MAX_TOKEN_LENGTH, locale)}, locale)
      }
    }
    start = index + 1
  }
  return undefined
}
