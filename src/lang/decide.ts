// Decides each post's language once, before any rule runs: the draft's front
// matter, else a language the config fixes, else detection among the languages
// the office posts in; a post detection cannot tell takes the office's first.
import type {LanguageDecision} from '../../rules/types.js'
import {detectLanguage, MIN_LETTERS} from './detect.js'
import {LANGUAGES, postLanguage, type Language, type PostLanguage} from './languages.js'

export type LanguageSettings = {lang: Language | 'auto'; languages: readonly Language[]}

export async function decideLanguage(prose: string, declared: string | undefined, settings: LanguageSettings): Promise<{lang: PostLanguage; decision: LanguageDecision}> {
  if (declared !== undefined || settings.lang !== 'auto') {
    const code = declared ?? settings.lang
    // What the text reads as among all four, for the language rule's mismatch check: only what the
    // words make sure of (eld, loaded in a run that declares every post's language, would be most of
    // detection's cost for a warning that must never be a guess), and never on a short post.
    const read = await detectLanguage(prose, LANGUAGES, {wordsOnly: true})
    const detected = read.lang && read.letters >= MIN_LETTERS ? {detected: read.lang} : {}
    return {lang: postLanguage(code), decision: {source: declared !== undefined ? 'front-matter' : 'config', code, ...detected}}
  }
  const read = await detectLanguage(prose, settings.languages)
  if (read.other) return {lang: 'und', decision: {source: 'detected', code: read.other}}
  if (read.lang) return {lang: read.lang, decision: {source: 'detected', code: read.lang, detected: read.lang}}
  const fallback = settings.languages[0] ?? 'en'
  return {lang: fallback, decision: {source: 'fallback', code: fallback}}
}
