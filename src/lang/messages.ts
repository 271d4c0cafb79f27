// Messages in the user's locale. A message is a template per locale with
// {{placeholders}}; a placeholder's value may itself be translated: a text in
// every locale (a lexicon's reason) or a fragment of the rule's own table
// ("this post", "part 2 of this thread"), filled in the same locale.
import {LOCALES, type Locale, type Translated} from './languages.js'

/** A fragment of a messages table, by key, with its own data. */
export type Fragment = {fragment: string; data?: MessageData}
export type MessageValue = string | number | Translated | Fragment
export type MessageData = Readonly<Record<string, MessageValue>>

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/gu

export function isFragment(value: MessageValue): value is Fragment {
  return typeof value === 'object' && 'fragment' in value
}

/** The template for `locale` filled with `data`; fragments come from `fragments`. An unknown placeholder stays as written, so a test can catch it. */
export function fill(template: Translated, data: MessageData = {}, locale: Locale, fragments: Readonly<Record<string, Translated>> = {}): string {
  return template[locale].replace(PLACEHOLDER, (whole, key: string) => {
    const value = data[key]
    return value === undefined ? whole : textOf(value, locale, fragments)
  })
}

/** A value as text in `locale`. */
export function textOf(value: MessageValue, locale: Locale, fragments: Readonly<Record<string, Translated>> = {}): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isFragment(value)) {
    const template = fragments[value.fragment]
    if (!template) throw new Error(`No message fragment "${value.fragment}"`)
    return fill(template, value.data, locale, fragments)
  }
  return value[locale]
}

/**
 * A text written in every locale: for one made before the locale it is said in is known
 * (a config error: the config names the locale), or the same in all four (a test's stand-in).
 */
export function inEveryLocale(write: (locale: Locale) => string): Translated {
  return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as Record<Locale, string>
}

/** The placeholders of a template, for the test that every translation has the same ones. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort()
}

/** Which plural form a count takes in the locale: "1 word", "0 mot", "2 palabras". */
export function plural(count: number, locale: Locale): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'
}

const JOINERS: Record<Locale, Record<'conjunction' | 'disjunction', string>> = {
  en: {conjunction: 'and', disjunction: 'or'},
  es: {conjunction: 'y', disjunction: 'o'},
  fr: {conjunction: 'et', disjunction: 'ou'},
  pt: {conjunction: 'e', disjunction: 'ou'}
}

/**
 * "“a”, “b” or “c”" in the locale's words. Not Intl.ListFormat: creating its first instance
 * loads ICU data, 20 ms of a one-draft run, for three words per locale.
 */
export function listOf(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction'): string {
  if (items.length <= 1) return items[0] ?? ''
  // English puts a comma before the last "and" or "or" of three or more (the serial comma); the others do not.
  const serial = locale === 'en' && items.length > 2 ? ',' : ''
  return `${items.slice(0, -1).join(', ')}${serial} ${JOINERS[locale][type]} ${items.at(-1)}`
}

const QUOTES: Record<Locale, [string, string]> = {en: ['“', '”'], es: ['«', '»'], fr: ['«\u00a0', '\u00a0»'], pt: ['“', '”']}

/** A word or phrase quoted as the locale quotes it. */
export function quote(text: string, locale: Locale): string {
  const [open, close] = QUOTES[locale]
  return open + text + close
}
