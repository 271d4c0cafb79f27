// Which language a post is written in, among the languages the office posts in.
// Two steps, measured on 21,000 real posts (scripts/measure-language.js):
// 1. the words and spellings each language's profile lists as its own ("the",
//    "los", "nous", "não"; "ñ", "ção", "l'"): decisive on about nine posts in
//    ten, in microseconds;
// 2. where they do not decide and the post is long enough to tell, eld (the
//    Efficient Language Detector, n-grams of 60 languages), loaded only then: it
//    is the most accurate detector on short posts but costs a few hundred
//    milliseconds to load and ~0.1 ms a post, so paying it for every post would
//    double parllint's start-up.
// Links, handles, hashtags, emoji and quoted words are not evidence.
import {loadData} from '../../rules/lib/lexicon.js'
import {profileFor} from '../../rules/lib/profile.js'
import {withoutQuotes} from '../../rules/lib/prose.js'
import {withoutSyntax} from '../../rules/lib/syntax.js'
import {normalize} from '../../rules/lib/text.js'
import {isLanguage, LANGUAGES, type Language} from './languages.js'

/**
 * `lang` when the text is surely in one of the candidates; `other` when it is surely in another language;
 * neither when unsure. `letters`: how much text there was to judge, once syntax is gone.
 */
export type Detection = {sure: boolean; lang?: Language; other?: string; letters: number}

/** Fewer letters than this, once syntax is gone, is too short to tell: the post takes the office's first language. */
export const MIN_LETTERS = 40
// The words decide when the best language has at least this many marks and more than twice the next one's.
const MIN_MARKS = 2
// eld names a language outside the four only when it is clearly ahead of the best of the four,
// and one of the office's only when it is ahead of the next by this much (a bilingual post is not).
const OTHER_MARGIN = 1.1
const ELD_MARGIN = 0.04

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu
const EMOJI = /\p{Extended_Pictographic}/gu

type Evidence = {words: Map<string, Language>; spellings: [Language, RegExp][]; neighbours: Set<string>}
let evidence: Evidence | undefined

function evidenceOf(): Evidence {
  if (!evidence) {
    const owners = new Map<string, Language[]>()
    for (const lang of LANGUAGES) {
      for (const word of profileFor(lang).detection?.functionWords ?? []) {
        const key = normalize(word)
        owners.set(key, [...new Set([...(owners.get(key) ?? []), lang])])
      }
    }
    // A word of two languages ("para", "como") tells them apart from neither.
    const words = new Map([...owners].filter(([, langs]) => langs.length === 1).map(([word, langs]) => [word, langs[0]!]))
    const spellings = LANGUAGES.flatMap((lang): [Language, RegExp][] => {
      const pattern = profileFor(lang).detection?.spellings
      return pattern ? [[lang, new RegExp(pattern, 'gu')]] : []
    })
    // Words of Catalan, Galician, Italian or Creole: the four's common words cannot decide such a post.
    const neighbours = new Set(Object.values(loadData<{words: Record<string, string[]>}>('language-neighbours').words).flat().map(normalize))
    evidence = {words, spellings, neighbours}
  }
  return evidence
}

type Eld = {detect(text: string): {language: string; getScores(): Record<string, number>; isReliable(): boolean}}
let eld: Promise<Eld> | undefined

/** `wordsOnly`: decide from the profiles' words and spellings alone, never loading eld (a declared post's check). */
export async function detectLanguage(prose: string, candidates: readonly Language[], options: {wordsOnly?: boolean} = {}): Promise<Detection> {
  const text = normalize(withoutSyntax(withoutQuotes(prose)).replace(EMOJI, ' '))
  const words = text.match(WORD) ?? []
  const {words: owned, spellings, neighbours} = evidenceOf()
  const marks = new Map<Language, number>()
  let letters = 0
  let neighbour = false
  for (const word of words) {
    letters += word.length
    const lang = owned.get(word)
    if (lang) marks.set(lang, (marks.get(lang) ?? 0) + 1)
    else if (neighbours.has(word)) neighbour = true
  }
  for (const [lang, pattern] of spellings) marks.set(lang, (marks.get(lang) ?? 0) + (text.match(pattern)?.length ?? 0))
  const ranked = [...candidates].sort((a, b) => (marks.get(b) ?? 0) - (marks.get(a) ?? 0))
  const [first, second] = ranked.map((lang) => marks.get(lang) ?? 0)
  if (!neighbour && first !== undefined && first >= MIN_MARKS && first > 2 * (second ?? 0)) return {sure: true, lang: ranked[0]!, letters}
  if (letters < MIN_LETTERS || options.wordsOnly) return {sure: false, letters}
  eld ??= import('eld/extrasmall').then((module) => module.eld as Eld)
  const result = (await eld).detect(words.join(' '))
  // isReliable() checks only eld's absolute score; the margin to the next language is checked here.
  if (!result.isReliable() || !result.language) return {sure: false, letters}
  const found = result.language
  const scores = result.getScores()
  const [bestOfOurs = 0, nextOfOurs = 0] = candidates.map((lang) => scores[lang] ?? 0).sort((a, b) => b - a)
  if ((candidates as readonly string[]).includes(found)) return bestOfOurs - nextOfOurs >= ELD_MARGIN ? {sure: true, lang: found as Language, letters} : {sure: false, letters}
  // Clearly in a language the office does not post in (Catalan, or Spanish for an office that posts in English and French).
  if (isLanguage(found) || (scores[found] ?? 0) > OTHER_MARGIN * bestOfOurs) return {sure: true, other: found, letters}
  return {sure: false, letters}
}
