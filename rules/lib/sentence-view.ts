// A sentence as a row of words with what lies between them, for rules that
// read a word's neighbours: the punctuation around it (an address, "Calm down,
// sweetheart."), whether it is capitalised inside the sentence (a name), and
// whether the sentence is a headline, where capitals name nothing.
import type {ProseSentence} from './prose.js'

export type Token = {
  /** As written, without a full stop the parser left on it ("skank." before a lower-case word). */
  text: string
  start: number
  end: number
  /** Normalised (rules/lib/text.ts), accents kept. */
  lower: string
  /** Folded (rules/lib/text.ts), for matching. */
  word: string
  /** Folded and without an English possessive: "senator's" → "senator" (but "she's" stays in `word`). */
  stem: string
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u
// How many single letters in a row make a word spelt out ("s a l o p e").
const SPELT_OUT = 4
const LEET: Record<string, string> = {'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't'}
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u

export class SentenceView {
  readonly tokens: Token[]
  readonly words: string[]
  readonly stems: string[]
  /** The words normalised but not folded, for entries compared with their accents. */
  readonly lower: string[]
  readonly start: number
  readonly end: number
  /** Every word of four letters or more is capitalised: a headline ("Statement On The ..."), where capitals are style, not names. */
  readonly headline: boolean

  constructor(
    sentence: ProseSentence,
    private readonly text: string
  ) {
    this.start = sentence.start
    this.end = sentence.end
    this.tokens = []
    const words = sentence.words
    for (let index = 0; index < words.length; index++) {
      // "c a n c e r": a word spelt out letter by letter to slip past filters is read as one word.
      let last = index
      while (last + 1 < words.length && words[last + 1]!.text.length === 1 && words[last]!.text.length === 1 && text.slice(words[last]!.end, words[last + 1]!.start) === ' ') last++
      if (last - index + 1 >= SPELT_OUT) {
        const join = (list: readonly string[]) => list.slice(index, last + 1).join('')
        const lower = join(sentence.lower)
        this.tokens.push({text: text.slice(words[index]!.start, words[last]!.end), start: words[index]!.start, end: words[last]!.end, lower, word: join(sentence.folded), stem: join(sentence.folded)})
        index = last
        continue
      }
      const word = words[index]!
      // "skank. honestly": the parser keeps a full stop on a word when a lower-case word follows.
      const cut = word.text.length > 2 && word.text.endsWith('.') && !word.text.slice(0, -1).includes('.')
      const trim = (value: string) => (cut ? value.replace(/\.$/u, '') : value)
      // "pu7e", "m3rde": digits for letters, to slip past filters.
      const plain = (value: string) => (/\p{L}/u.test(value) && /\d/u.test(value) ? value.replace(/[013457]/gu, (digit) => LEET[digit]!) : value)
      const folded = plain(trim(sentence.folded[index]!))
      this.tokens.push({
        text: trim(word.text),
        start: word.start,
        end: cut ? word.end - 1 : word.end,
        lower: plain(trim(sentence.lower[index]!)),
        word: folded,
        stem: folded.replace(/'s$/u, '')
      })
    }
    this.words = this.tokens.map((token) => token.word)
    this.stems = this.tokens.map((token) => token.stem)
    this.lower = this.tokens.map((token) => token.lower)
    const long = this.tokens.filter((token) => /\p{L}{4}/u.test(token.text))
    this.headline = long.length >= 3 && long.every((token) => /^\p{Lu}/u.test(token.text))
  }

  get length(): number {
    return this.tokens.length
  }

  /** The text between word `index - 1` (or the sentence start) and word `index`. */
  gapBefore(index: number): string {
    return this.text.slice(index > 0 ? this.tokens[index - 1]!.end : this.start, this.tokens[index]!.start)
  }

  /** The text between word `index` and the next word (or the sentence end). */
  gapAfter(index: number): string {
    return this.text.slice(this.tokens[index]!.end, index + 1 < this.tokens.length ? this.tokens[index + 1]!.start : this.end)
  }

  /** Only spaces between words `from` and `to` (inclusive): one phrase, no punctuation inside. */
  joined(from: number, to: number): boolean {
    for (let index = from + 1; index <= to; index++) if (!/^\s*$/u.test(this.gapBefore(index))) return false
    return true
  }

  /** Capitalised like a name ("Hooker", not "HOOKER" nor "hooker"). */
  capitalised(index: number): boolean {
    const text = this.tokens[index]?.text ?? ''
    return CAPITALISED.test(text) && !ALL_CAPS.test(text)
  }

  /**
   * Words `first`..`last` stand alone as an address: nothing but the sentence edge or
   * punctuation on either side ("Calm down, sweetheart." / "¡Cállate, gorda!").
   */
  standsAlone(first: number, last: number): boolean {
    const before = first === 0 || /[,;:!?¡¿…—–(]\s*$/u.test(this.gapBefore(first))
    const after = last === this.tokens.length - 1 || /^\s*[,;:.!?…—–)]/u.test(this.gapAfter(last))
    return before && after
  }

  /** The sentence's text from its start to an offset. */
  textBefore(offset: number): string {
    return this.text.slice(this.start, offset)
  }

  get sentenceText(): string {
    return this.text.slice(this.start, this.end)
  }
}
