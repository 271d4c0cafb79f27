// Syllable counts per language, by the method its profile names: English uses
// the `syllable` package; Spanish, French and Portuguese count vowel nuclei
// under their own syllabification convention (named in the profile), which
// beat the hyphenation-pattern packages on hand-labelled frequent words:
// hyphenation patterns say where a line may break, not where syllables are.
import {syllable} from 'syllable'
import type {PostLanguage} from '../types.js'
import {profileFor} from './profile.js'

type Counter = (word: string) => number

/** A Romance language's spelling facts, from its profile: its vowels, strong vowels, and the convention that splits vowel runs. */
export type RomanceSyllables = {
  method: 'romance'
  vowels: string
  strong: string
  /** How a run of vowels splits into nuclei: "rae" (Spanish, RAE), "volp" (Brazilian normative division), "french" (careful standard speech). */
  convention: 'rae' | 'volp' | 'french'
  /** A "u" that is not pronounced between this consonant and these vowels (que, qui, gue, gui). */
  silentU?: string
  /** French: words whose final -ent is pronounced (président, moment), besides -ment words of 7 letters or more. */
  soundedEnt?: string[]
}

// Words recur across posts (Zipf), and `syllable` runs pluralize and a dozen
// patterns per word: remembering counts halves readability's cost on a folder.
const MEMO_LIMIT = 50_000
const memo = new Map<string, number>()
const counters = new Map<PostLanguage, Counter | undefined>()

function counterFor(lang: PostLanguage): Counter | undefined {
  if (!counters.has(lang)) {
    const method = profileFor(lang).syllables
    let counter: Counter | undefined
    if (method?.method === 'syllable') counter = (word) => Math.max(1, syllable(word))
    else if (method?.method === 'romance') counter = romanceCounter(method)
    counters.set(lang, counter)
  }
  return counters.get(lang)
}

/** Whether syllables can be counted in this language. */
export function countsSyllables(lang: PostLanguage): boolean {
  return counterFor(lang) !== undefined
}

export function countSyllables(word: string, lang: PostLanguage): number {
  const key = lang + word
  let count = memo.get(key)
  if (count === undefined) {
    count = counterFor(lang)?.(word) ?? 1
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, count)
  }
  return count
}

type Split = (word: string, at: number, start: number) => boolean

function romanceCounter(spec: RomanceSyllables): Counter {
  const vowels = new Set(spec.vowels)
  const strong = new Set(spec.strong)
  const isVowel = (char: string | undefined) => char !== undefined && (vowels.has(char) || char === 'y')
  const silentU = spec.silentU ? new RegExp(`([qg])u(?=${spec.silentU})`, 'gu') : undefined
  const sounded = new Set(spec.soundedEnt ?? [])
  const french = spec.convention === 'french'
  const split = SPLITS[spec.convention](strong, isVowel)
  return (raw) => {
    let word = raw.toLowerCase().normalize('NFC').replace(/['’]/gu, '')
    if (silentU) word = word.replace(silentU, '$1')
    if (french) word = frenchSilentEndings(word, sounded)
    // "y" is a consonant before a vowel (vayan, suyo, essayez), a vowel otherwise (muy, pays).
    word = word.replace(/y(?=[aeiouáéíóúàâêôãõèî])/gu, 'j')
    let count = 0
    for (let index = 0; index < word.length; ) {
      if (!isVowel(word[index])) {
        index++
        continue
      }
      let end = index + 1
      while (end < word.length && isVowel(word[end]) && !split(word, end, index)) end++
      count++
      index = end
    }
    return Math.max(1, count)
  }
}

const FRENCH_VOWEL = '[aeiouyéèêàâîôû]'
const FRENCH_CONSONANT = '[^aeiouyéèêàâîôû]'

/** French final -e, -es and verbal -ent are not pronounced (after a vowel too: i-dée, as-sem-blée). */
function frenchSilentEndings(word: string, sounded: ReadonlySet<string>): string {
  let result = word.replace(/ge(?=[aou])/gu, 'g') // mangeons
  const mentWord = /ment$/u.test(result) && result.length >= 7
  if (!sounded.has(result) && !sounded.has(result.replace(/s$/u, '')) && !mentWord) result = result.replace(new RegExp(`(?<=${FRENCH_CONSONANT})ent$`, 'u'), '')
  result = result.replace(new RegExp(`(?<=${FRENCH_CONSONANT})es?$`, 'u'), '')
  return result.replace(new RegExp(`(?<=${FRENCH_VOWEL}${FRENCH_CONSONANT}*[aéiouû])es?$`, 'u'), '')
}

// Whether the vowel at `at` starts a new syllable, the run having started at `start`.
const SPLITS: Record<RomanceSyllables['convention'], (strong: ReadonlySet<string>, isVowel: (char: string | undefined) => boolean) => Split> = {
  // RAE: two strong vowels are a hiatus (ve-a, tra-er); an accented weak vowel breaks a diphthong (pa-ís).
  rae: (strong) => (word, at) => {
    const [a, b] = [word[at - 1]!, word[at]!]
    return (strong.has(a) && strong.has(b)) || 'íú'.includes(a) || 'íú'.includes(b)
  },
  // Brazilian normative division (Bechara, VOLP): na-ci-o-nal, his-tó-ria, sa-ir, chei-a.
  volp: (strong) => (word, at, start) => {
    const [a, b] = [word[at - 1]!, word[at]!]
    const accentBefore = (index: number) => /[áéíóúâêô]/u.test(word.slice(0, index))
    if ((a === 'ã' && 'oe'.includes(b)) || (a === 'õ' && b === 'e')) return false // ão, ãe, õe
    let split: boolean
    const falling = ('iu'.includes(b) && !'iu'.includes(a)) || (a === 'i' && b === 'u') || (a === 'u' && b === 'i')
    if (strong.has(a) && strong.has(b)) split = true
    else if ('íú'.includes(b) || 'íú'.includes(a)) split = true // pa-ís, sa-í-a
    else if (falling) split = at - 1 > start || (/^[rzlm]s?$/u.test(word.slice(at + 1)) && !accentBefore(start)) // chei-a; sa-ir, ju-iz
    else if ('iu'.includes(a) && !(a === 'u' && 'qg'.includes(word[start - 1] ?? ''))) {
      // A rising i/u + vowel after a consonant is a hiatus, except word-final and unstressed (his-tó-ria, sé-rie, lín-gua).
      split = !(/^(?:[aeo]s?|am|em)$/u.test(word.slice(at)) && accentBefore(start))
    } else split = false
    // ví-deo, á-rea: a final unstressed -eo/-ea is one syllable.
    if (split && strong.has(a) && 'ao'.includes(b) && /^[ao]s?$/u.test(word.slice(at)) && accentBefore(start)) return false
    return split
  },
  // French careful speech: ré-a-li-té, a-é-ro-port, cli-ent, tu-ée, jou-er; ié and iè are glides (ma-rié).
  french: (_strong, isVowel) => (word, at, start) => {
    const [a, b] = [word[at - 1]!, word[at]!]
    const before = word[start - 1] ?? ''
    if ('éèêëï'.includes(b) && !(a === 'e' && b === 'é') && a !== 'i') return true
    if (a === 'é' && isVowel(b)) return true
    if (a === 'i' && isVowel(b) && start >= 2 && /[bcdfgkptv][lr]/u.test(word.slice(start - 2, start))) return true
    if (a === 'u' && 'éèe'.includes(b) && !'qgo'.includes(before)) return true
    return a === 'u' && before === 'o' && 'éèea'.includes(b)
  }
}
