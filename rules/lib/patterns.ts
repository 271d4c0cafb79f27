// Compiles the regular expressions lexicons hold. JavaScript's \b knows only
// ASCII letters, so a Spanish pattern ending in "llamó" never matched, and a
// straight apostrophe in a pattern missed the typographic one most phones type.
// Lexicon authors write \b and ' as usual; this makes both Unicode-aware.

const LETTER = '[\\p{L}\\p{M}\\p{N}_]'
const EDGE = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`
const APOSTROPHES = "'’‘ʼ"

/** The pattern's source with \b as a Unicode word edge and ' matching every apostrophe. */
export function unicodeSource(source: string): string {
  let result = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      index++
      if (next === 'b' && !inClass) result += EDGE
      else if (next === "'") result += inClass ? APOSTROPHES : `[${APOSTROPHES}]`
      else result += char + next
    } else if (char === "'") {
      result += inClass ? APOSTROPHES : `[${APOSTROPHES}]`
    } else {
      if (char === '[' && !inClass) inClass = true
      else if (char === ']' && inClass) inClass = false
      result += char
    }
  }
  return result
}

/** A lexicon pattern, case-insensitive and Unicode-aware; `g` for patterns searched repeatedly. */
export function lexiconPattern(source: string, global = false): RegExp {
  return new RegExp(unicodeSource(source), global ? 'giu' : 'iu')
}
