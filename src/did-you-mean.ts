// The closest known name to a misspelt one, if it is close enough to be a typo.
import type {Locale} from './lang/languages.js'
import {fill} from './lang/messages.js'
import {TEXTS} from './texts.js'

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = levenshtein(input.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined
}

/** ' Did you mean "x"?' in the locale, to follow a sentence; empty when no name is close. */
export function suggestion(input: string, candidates: readonly string[], locale: Locale): string {
  const name = didYouMean(input, candidates)
  return name === undefined ? '' : ` ${fill(TEXTS.didYouMean, {name}, locale)}`
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
