// The languages parllint checks and speaks. Every list of languages in the
// project (config schema, front matter, parsers, profiles, translations) is
// derived from LANGUAGES, so adding one is a change here and in data.
export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const
export type Language = (typeof LANGUAGES)[number]

/** What rules are told about a post: one of the four, or "und" for any other language (only checks that need no language run). */
export type PostLanguage = Language | 'und'

/** The languages messages are written in: the same four. */
export const LOCALES = LANGUAGES
export type Locale = Language

/** A text in every locale: translations are data, and the type makes a missing one a compile error. */
export type Translated = Readonly<Record<Locale, string>>

/** The retext parser for each language: English has its own; the Latin one reads the others, and any other language. */
export const PARSERS: Readonly<Record<PostLanguage, 'english' | 'latin'>> = {en: 'english', es: 'latin', fr: 'latin', pt: 'latin', und: 'latin'}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}

// ISO 639-1 codes, so a draft in Catalan or Haitian Creole can say so ("lang: ca")
// while a typo ("lang: sp") is still caught.
const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ' +
    'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os ' +
    'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ' +
    'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' ')
)

/** A language code a draft may declare: one of the four, or another ISO 639-1 code. */
export function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && ISO_639_1.has(value)
}

/** The language rules see for a declared or detected code. */
export function postLanguage(code: string): PostLanguage {
  return isLanguage(code) ? code : 'und'
}
