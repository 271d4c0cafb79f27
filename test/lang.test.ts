// The language layer: locales, the shared normalisation, Unicode-aware lexicon
// patterns, and the rule that no rule's code branches on a language code.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {PhraseMatcher} from '../rules/lib/lexicon.js'
import {lexiconPattern} from '../rules/lib/patterns.js'
import {profileFor} from '../rules/lib/profile.js'
import {fold, normalize, phraseTokens} from '../rules/lib/text.js'
import {isLanguageCode, LANGUAGES, postLanguage} from '../src/lang/languages.js'
import {localeOf, resolveLocale} from '../src/lang/locale.js'
import {fill, listOf, placeholders, quote} from '../src/lang/messages.js'

describe('locale', () => {
  it.each([
    ['pt_BR.UTF-8', 'pt'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['en_US.UTF-8', 'en'],
    ['C', undefined],
    ['POSIX', undefined],
    ['de_DE.UTF-8', undefined],
    ['', undefined]
  ])('%s names %s', (name, locale) => {
    expect(localeOf(name)).toBe(locale)
  })

  it('takes the flag, then the config, then LC_ALL, LC_MESSAGES and LANG, as gettext reads them', () => {
    const env = {LC_ALL: '', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'pt_BR.UTF-8'}
    expect(resolveLocale({flag: 'es', config: 'fr', env})).toBe('es')
    expect(resolveLocale({config: 'fr', env: {LANG: 'pt_BR.UTF-8'}})).toBe('fr')
    expect(resolveLocale({env})).toBe('fr')
    expect(resolveLocale({env: {LANG: 'pt_BR.UTF-8'}})).toBe('pt')
    // The first variable that is set decides: LC_ALL=C is English even when LANG is Portuguese.
    expect(resolveLocale({env: {LC_ALL: 'C', LANG: 'pt_BR.UTF-8'}})).toBe('en')
    expect(resolveLocale({env: {}})).toBe('en')
  })
})

describe('language codes', () => {
  it('accepts the four and any other ISO 639-1 code, which rules see as "und"', () => {
    expect(['en', 'ca', 'ht', 'qu'].map(isLanguageCode)).toEqual([true, true, true, true])
    expect(['sp', 'english', 'EN', ''].map(isLanguageCode)).toEqual([false, false, false, false])
    expect(['pt', 'ca'].map(postLanguage)).toEqual(['pt', 'und'])
  })
})

describe('normalisation', () => {
  it('makes typographic apostrophes, non-breaking hyphens and case one form', () => {
    expect(normalize('L’Effet')).toBe("l'effet")
    expect(normalize('pro\u2011life')).toBe('pro-life')
    expect(normalize('Cafe\u0301')).toBe('café')
    expect(fold('Histérica')).toBe('histerica')
    expect(phraseTokens("à l’effet  de")).toEqual(['à', "l'effet", 'de'])
  })

  it('matches a phrase whichever apostrophe either side was written with', () => {
    const matcher = new PhraseMatcher([{phrase: "à l'effet de"}, {phrase: 'd’ores et déjà'}])
    expect(matcher.match(phraseTokens('réuni à l’effet de voter')).map(([entry]) => entry.phrase)).toEqual(["à l'effet de"])
    expect(matcher.match(phraseTokens("d'ores et déjà")).map(([entry]) => entry.phrase)).toEqual(['d’ores et déjà'])
  })
})

describe('lexicon patterns', () => {
  it('has word edges that know accented letters', () => {
    const pattern = lexiconPattern('\\b(?:la llamó|tildó)\\b')
    expect(pattern.test('y la llamó loca')).toBe(true)
    expect(pattern.test('la llamóx')).toBe(false)
    // JavaScript's own \b sees "ó" as a non-letter, so this would match inside "tildóse".
    expect(new RegExp('\\btildó\\b', 'iu').test('tildóse')).toBe(true)
    expect(pattern.test('tildóse')).toBe(false)
  })

  it('matches both apostrophes, in and out of a character class', () => {
    expect(lexiconPattern("\\bl'a traitée\\b").test('il l’a traitée de folle')).toBe(true)
    expect(lexiconPattern("\\bd[' ]abord\\b").test('d’abord')).toBe(true)
  })
})

describe('messages', () => {
  it('fills a template in the locale, with translated values and fragments', () => {
    const template = {en: '{{what}} is {{reason}}.', es: '{{what}} es {{reason}}.', fr: '{{what}} est {{reason}}.', pt: '{{what}} é {{reason}}.'}
    const fragments = {post: {en: 'This post', es: 'Esta publicación', fr: 'Cette publication', pt: 'Esta publicação'}}
    const data = {what: {fragment: 'post'}, reason: {en: 'long', es: 'larga', fr: 'longue', pt: 'longa'}}
    expect(fill(template, data, 'es', fragments)).toBe('Esta publicación es larga.')
    expect(fill(template, data, 'en', fragments)).toBe('This post is long.')
    expect(fill(template, {}, 'en')).toBe('{{what}} is {{reason}}.')
    expect(placeholders('{{b}} and {{ a }}')).toEqual(['a', 'b'])
  })

  it('lists and quotes as each locale does', () => {
    expect(listOf(['“-JD”', '“^”'], 'en', 'disjunction')).toBe('“-JD” or “^”')
    expect(listOf(['«-JD»', '«^»'], 'es', 'disjunction')).toBe('«-JD» o «^»')
    expect(listOf(['a', 'b'], 'fr', 'disjunction')).toBe('a ou b')
    expect(listOf(['a', 'b'], 'pt', 'conjunction')).toBe('a e b')
    expect([quote('x', 'en'), quote('x', 'es'), quote('x', 'fr'), quote('x', 'pt')]).toEqual(['“x”', '«x»', '«\u00a0x\u00a0»', '“x”'])
  })
})

describe('profiles', () => {
  it('exist for every language, with the checks each one needs', () => {
    for (const lang of LANGUAGES) {
      const profile = profileFor(lang)
      expect(profile.name, lang).toBeTruthy()
      expect(profile.readability?.formula, lang).toBeTruthy()
      expect(profile.syllables, lang).toBeTruthy()
      expect(profile.toBe.size, lang).toBeGreaterThan(5)
      expect(profile.determiners.size, lang).toBeGreaterThan(5)
    }
  })

  it('is empty for a post in none of the four languages', () => {
    const profile = profileFor('und')
    expect([profile.readability, profile.syllables, profile.toBe.size, profile.vowels]).toEqual([undefined, undefined, 0, undefined])
  })
})

describe('rules', () => {
  // A rule asks the language's profile or lexicon; it never tests the code itself.
  const root = fileURLToPath(new URL('../rules/', import.meta.url))
  const files = ['', 'lib'].flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(folder, name))
  )
  const BRANCH = /(?:[!=]==?\s*['"](?:en|es|fr|pt)['"])|(?:['"](?:en|es|fr|pt)['"]\s*[!=]==?)|(?:case\s+['"](?:en|es|fr|pt)['"])|(?:\.includes\(\s*['"](?:en|es|fr|pt)['"])/u
  it.each(files)('%s does not branch on a language code', (file) => {
    const code = readFileSync(path.join(root, file), 'utf8')
    expect(code.split('\n').filter((line) => BRANCH.test(line))).toEqual([])
  })
})
