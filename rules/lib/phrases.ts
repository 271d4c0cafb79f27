// A set of short phrases (a lexicon's context words: "espèce de", "you're a",
// "fils de") asked about one position of a sentence: does one of them end
// right before this word, or start right after it? Phrases and words are
// compared folded (rules/lib/text.ts); a phrase word that ends in an
// apostrophe matches the start of an elided word ("d'" matches "d'agir").
import {phraseTokens} from './text.js'

type Phrase = readonly string[]

/** The part of an elided word up to its apostrophe ("d'agir" → "d'"), or undefined. */
function elision(word: string): string | undefined {
  const at = word.indexOf("'")
  return at > 0 && at < word.length - 1 ? word.slice(0, at + 1) : undefined
}

const same = (phraseWord: string, word: string) => phraseWord === word || (phraseWord.endsWith("'") && word.startsWith(phraseWord))

export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>()
  private readonly byLast = new Map<string, Phrase[]>()
  readonly size: number

  constructor(phrases: readonly string[] = []) {
    const add = (map: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
      const list = map.get(key) ?? []
      list.push(phrase)
      // Longest first: "you're a" wins over "you're".
      list.sort((a, b) => b.length - a.length)
      map.set(key, list)
    }
    let size = 0
    for (const text of phrases) {
      const phrase = phraseTokens(text, true)
      if (phrase.length === 0) continue
      add(this.byFirst, phrase[0]!, phrase)
      add(this.byLast, phrase.at(-1)!, phrase)
      size++
    }
    this.size = size
  }

  private candidates(map: Map<string, Phrase[]>, word: string | undefined): Phrase[] {
    if (word === undefined) return []
    const elided = elision(word)
    return [...(map.get(word) ?? []), ...(elided ? (map.get(elided) ?? []) : [])]
  }

  /** Whether a one-word phrase of the set is this word. */
  has(word: string | undefined): boolean {
    return this.candidates(this.byFirst, word).some((phrase) => phrase.length === 1)
  }

  /** The length of the longest phrase that ends with words[last], 0 when none does. */
  endingAt(words: readonly string[], last: number): number {
    const phrase = this.candidates(this.byLast, words[last]).find(
      (candidate) => last - candidate.length + 1 >= 0 && candidate.every((word, offset) => same(word, words[last - candidate.length + 1 + offset]!))
    )
    return phrase?.length ?? 0
  }

  /** The length of the longest phrase that starts with words[first], 0 when none does. */
  startingAt(words: readonly string[], first: number): number {
    const phrase = this.candidates(this.byFirst, words[first]).find(
      (candidate) => first + candidate.length <= words.length && candidate.every((word, offset) => same(word, words[first + offset]!))
    )
    return phrase?.length ?? 0
  }
}
