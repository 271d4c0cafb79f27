// Expands the paths given on the command line (files, folders, globs) into the
// list of drafts to lint, applying the ignore rules. Folders are walked without
// following symlink loops. A path that cannot be read (a folder without permission,
// a broken link) becomes a target with a problem: it is reported for that path, and
// the walk goes on.
import {readdir as readdirCallback, type Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {inWords} from '../fs-errors.js'
import type {Locale} from '../lang/languages.js'
import {fill} from '../lang/messages.js'
import {TEXTS} from './texts.js'

export type Target = {
  path: string
  explicit: boolean
  /** Why this path could not be read, as a sentence; it is reported instead of linted. */
  problem?: string
}

export type FindResult = {
  targets: Target[]
  /** Paths or patterns that matched nothing, each with a sentence saying so. */
  missing: string[]
}

export type IgnoreCheck = (absolutePath: string, isDirectory: boolean) => Promise<boolean>

const ALWAYS_SKIPPED = new Set(['node_modules', '.git'])
const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR'])

const folderProblem = (error: unknown, locale: Locale) => fill(TEXTS.cannotReadFolder, {why: inWords(error, locale)}, locale)

export async function findTargets(options: {
  cwd: string
  patterns: string[]
  extensions: string[]
  isIgnored: IgnoreCheck
  /** The language of the problems found (default English). */
  locale?: Locale
}): Promise<FindResult> {
  const {cwd, extensions, isIgnored} = options
  const locale = options.locale ?? 'en'
  const seen = new Set<string>()
  const targets: Target[] = []
  const missing: string[] = []
  const wanted = (file: string) => extensions.some((ext) => file.endsWith(ext))
  const add = (target: Target) => {
    if (seen.has(target.path)) return
    seen.add(target.path)
    targets.push(target)
  }

  const walk = async (directory: string, visited: Set<string>, found: Target[]) => {
    let entries: Dirent[]
    try {
      const real = await realpath(directory)
      if (visited.has(real)) return
      visited.add(real)
      entries = await readdir(directory, {withFileTypes: true})
    } catch (error) {
      found.push({path: directory, explicit: false, problem: folderProblem(error, locale)})
      return
    }
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      const full = path.join(directory, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full)
          isDirectory = target.isDirectory()
          isFile = target.isFile()
        } catch (error) {
          // A link that leads nowhere is only worth a word when it looks like a draft.
          const code = (error as NodeJS.ErrnoException).code
          const why = code === 'ENOENT' ? TEXTS.brokenLink[locale] : inWords(error, locale)
          if (wanted(entry.name) && !(await isIgnored(full, false))) found.push({path: full, explicit: false, problem: fill(TEXTS.cannotReadFile, {why}, locale)})
          continue
        }
      }
      if (isDirectory) {
        if (!(await isIgnored(full, true))) await walk(full, visited, found)
      } else if (isFile && wanted(entry.name) && !(await isIgnored(full, false))) {
        found.push({path: full, explicit: false})
      }
    }
  }

  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern)
    let info
    try {
      info = await stat(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (!code || !NOT_FOUND.has(code)) {
        add({path: absolute, explicit: true, problem: fill(TEXTS.cannotReadPath, {why: inWords(error, locale)}, locale)})
        continue
      }
    }
    if (info?.isFile()) {
      add({path: absolute, explicit: true})
    } else if (info?.isDirectory()) {
      const found: Target[] = []
      await walk(absolute, new Set(), found)
      found.sort(byPath).forEach(add)
    } else if (/[*?[\]{}()!]/.test(pattern)) {
      const {found, matched} = await globTargets(pattern, cwd, wanted, isIgnored, locale)
      if (!matched) missing.push(fill(TEXTS.noMatch, {pattern}, locale))
      found.forEach(add)
    } else {
      missing.push(fill(TEXTS.noSuchPath, {path: pattern}, locale))
    }
  }
  return {targets, missing}
}

/** Files a glob matches, and the folders under it that could not be read. */
async function globTargets(pattern: string, cwd: string, wanted: (file: string) => boolean, isIgnored: IgnoreCheck, locale: Locale) {
  // The glob matcher loads only when a pattern is given.
  const {glob} = await import('tinyglobby')
  const unreadable: Target[] = []
  // tinyglobby skips a folder it cannot read without a word: its readdir is wrapped to note it.
  const noting = (directory: string, options: {withFileTypes: true}, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdirCallback(directory, options, (error, entries) => {
      // A base folder that does not exist is a pattern that matches nothing, said elsewhere.
      if (error && !NOT_FOUND.has(error.code ?? '')) unreadable.push({path: path.resolve(directory), explicit: false, problem: folderProblem(error, locale)})
      callback(null, error ? [] : entries)
    })
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
    fs: {readdir: noting as never}
  })
  const found: Target[] = []
  for (const match of matches.map((file) => path.normalize(file))) {
    if (wanted(match) && !(await isIgnored(match, false))) found.push({path: match, explicit: false})
  }
  for (const target of unreadable) if (!(await isIgnored(target.path, true))) found.push(target)
  return {found: found.sort(byPath), matched: matches.length > 0 || unreadable.length > 0}
}

const byPath = (a: Target, b: Target) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
