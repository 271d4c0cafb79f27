// Lexicons are JSON data under rules/lexicons/<lang>/, read once per language
// on first use, so a run pays only for the languages its drafts are in.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {LANGUAGES} from '../../src/lang/languages.js'
import type {PostLanguage} from '../types.js'
import {phraseTokens} from './text.js'

// Works from the sources (rules/lib), the build (dist/rules/lib) and the bundle (dist/bundle) alike.
function lexiconRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(directory, 'rules', 'lexicons'))) {
    const parent = path.dirname(directory)
    if (parent === directory) throw new Error('parllint: cannot find rules/lexicons')
    directory = parent
  }
  return path.join(directory, 'rules', 'lexicons')
}

let root: string | undefined
const cache = new Map<string, unknown>()

/** Data that is not per language (platform limits), from rules/data/<name>.json. */
export function loadData<T>(name: string): T {
  const key = `data/${name}`
  if (!cache.has(key)) {
    root ??= lexiconRoot()
    cache.set(key, JSON.parse(readFileSync(path.join(root, '..', 'data', `${name}.json`), 'utf8')))
  }
  return cache.get(key) as T
}

/** A language's lexicon, or `fallback` when the language has none (always for "und"). */
export function loadLexicon<T>(lang: PostLanguage, name: string, fallback: T): T {
  const key = `${lang}/${name}`
  if (!cache.has(key)) {
    root ??= lexiconRoot()
    const file = path.join(root, lang, `${name}.json`)
    cache.set(key, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback)
  }
  return cache.get(key) as T
}

/** The same lexicon in every language, for text that may mix them (a bilingual profile). */
export function loadEveryLexicon<T>(name: string, fallback: T): T[] {
  return LANGUAGES.map((lang) => loadLexicon(lang, name, fallback))
}

export type PhraseEntry = {phrase: string; replace: string[]; safe?: boolean; reason: string}

/**
 * Finds phrases (sequences of words) in a list of normalised words (rules/lib/text.ts), by
 * first word; `folded` compares them without accents too (match against folded words then).
 */
export class PhraseMatcher<E extends {phrase: string}> {
  private readonly byFirst = new Map<string, {tokens: string[]; entry: E}[]>()

  constructor(entries: readonly E[], options: {folded?: boolean} = {}) {
    for (const entry of entries) {
      const tokens = phraseTokens(entry.phrase, options.folded)
      if (tokens.length === 0) continue
      const list = this.byFirst.get(tokens[0]!) ?? []
      list.push({tokens, entry})
      // Longest phrase first, so "in order to" wins over "in order".
      list.sort((a, b) => b.tokens.length - a.tokens.length)
      this.byFirst.set(tokens[0]!, list)
    }
  }

  /** Matches in normalised words as [entry, first word index, last word index], not overlapping. */
  match(lower: readonly string[]): [E, number, number][] {
    const found: [E, number, number][] = []
    for (let index = 0; index < lower.length; index++) {
      const candidates = this.byFirst.get(lower[index]!)
      const hit = candidates?.find(({tokens}) => tokens.every((token, offset) => lower[index + offset] === token))
      if (hit) {
        found.push([hit.entry, index, index + hit.tokens.length - 1])
        index += hit.tokens.length - 1
      }
    }
    return found
  }
}
