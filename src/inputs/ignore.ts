// Decides whether a path is ignored: .parllintignore (in the working directory),
// --ignore-pattern, and the config's ignorePatterns (relative to the config file).
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {inWords} from '../fs-errors.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import type {IgnoreCheck} from './find.js'
import {TEXTS} from './texts.js'

export const IGNORE_FILE = '.parllintignore'

type Matcher = {base: string; rules: Ignore}

export async function createIgnoreCheck(options: {
  cwd: string
  enabled: boolean
  cliPatterns: string[]
  /** Ignore patterns of the config that applies to a path, and the folder they are relative to. */
  configPatternsFor: (absolutePath: string) => Promise<{base: string; patterns: string[]}>
  /** Told when the ignore file exists but cannot be read; the run goes on without its patterns. */
  onProblem?: (message: string) => void
  /** The language of that problem (default English). */
  locale?: Locale
}): Promise<IgnoreCheck> {
  const locale = options.locale ?? 'en'
  if (!options.enabled) return async () => false
  const fromFile = await readFile(path.join(options.cwd, IGNORE_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') options.onProblem?.(fill(TEXTS.ignoreFile, {file: IGNORE_FILE, why: inWords(error, locale)}, locale))
    return ''
  })
  const local: Matcher = {base: options.cwd, rules: ignore().add(fromFile).add(options.cliPatterns)}
  const byConfig = new Map<string, Matcher>()

  return async (absolutePath, isDirectory) => {
    if (matches(local, absolutePath, isDirectory)) return true
    const {base, patterns} = await options.configPatternsFor(absolutePath)
    if (patterns.length === 0) return false
    const key = `${base}\0${patterns.join('\0')}`
    let matcher = byConfig.get(key)
    if (!matcher) {
      matcher = {base, rules: ignore().add(patterns)}
      byConfig.set(key, matcher)
    }
    return matches(matcher, absolutePath, isDirectory)
  }
}

function matches(matcher: Matcher, absolutePath: string, isDirectory: boolean): boolean {
  const relative = path.relative(matcher.base, absolutePath).split(path.sep).join('/')
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
  return matcher.rules.ignores(isDirectory ? `${relative}/` : relative)
}
