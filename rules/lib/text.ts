// One normalisation and one tokenizer for every rule, so a lexicon entry
// matches however a phone or a word processor typed it: “l’effet” and
// “l'effet”, “pro‑life” with a non-breaking hyphen, “Histérica” and “histerica”.

const APOSTROPHES = /[’‘ʼ`´′]/gu
// Hyphens inside a word (U+2010 hyphen, U+2011 non-breaking hyphen); dashes between words stay.
const HYPHENS = /[\u2010\u2011]/gu

/** The form words are compared in: NFC, lower case, one apostrophe, one hyphen. */
export function normalize(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = /[^\u0000-\u007f]/u.test(text) ? text.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-') : text
  return plain.toLowerCase()
}

/** normalize, and without accents: for lexicons of words people often type without them ("histerica", "coracao"). */
export function fold(text: string): string {
  const plain = normalize(text)
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/u.test(plain) ? plain.normalize('NFD').replace(/\p{M}/gu, '') : plain
}

/** A phrase of a lexicon as the tokens the matchers compare: split at spaces, normalised (or folded). */
export function phraseTokens(phrase: string, folded = false): string[] {
  return (folded ? fold(phrase) : normalize(phrase)).split(/\s+/u).filter(Boolean)
}

/** Runs of letters, digits, and apostrophes or hyphens inside them: the words of a raw text, normalised. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu

export function textWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalize)
}

/** The same words with where each starts and ends in the text. */
export function textWordSpans(text: string): {word: string; start: number; end: number; raw: string}[] {
  return [...text.matchAll(WORD)].map((match) => ({word: normalize(match[0]), start: match.index, end: match.index + match[0].length, raw: match[0]}))
}
