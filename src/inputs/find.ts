// Expands the paths given on the command line (files, folders, globs) into the
// list of drafts to lint, applying the ignore rules. Folders are walked without
// following symlink loops.
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'

export type Target = {path: string; explicit: boolean}

export type FindResult = {
  targets: Target[]
  /** Paths or patterns that matched nothing, each with a sentence saying so. */
  missing: string[]
}

export type IgnoreCheck = (absolutePath: string, isDirectory: boolean) => Promise<boolean>

const ALWAYS_SKIPPED = new Set(['node_modules', '.git'])

export async function findTargets(options: {
  cwd: string
  patterns: string[]
  extensions: string[]
  isIgnored: IgnoreCheck
}): Promise<FindResult> {
  const {cwd, extensions, isIgnored} = options
  const seen = new Set<string>()
  const targets: Target[] = []
  const missing: string[] = []
  const wanted = (file: string) => extensions.some((ext) => file.endsWith(ext))
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) return
    seen.add(file)
    targets.push({path: file, explicit})
  }

  const walk = async (directory: string, visited: Set<string>, found: string[]) => {
    const real = await realpath(directory)
    if (visited.has(real)) return
    visited.add(real)
    const entries = await readdir(directory, {withFileTypes: true})
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      const full = path.join(directory, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined)
        isDirectory = target?.isDirectory() ?? false
        isFile = target?.isFile() ?? false
      }
      if (isDirectory) {
        if (!(await isIgnored(full, true))) await walk(full, visited, found)
      } else if (isFile && wanted(entry.name) && !(await isIgnored(full, false))) {
        found.push(full)
      }
    }
  }

  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isFile()) {
      add(absolute, true)
    } else if (info?.isDirectory()) {
      const found: string[] = []
      await walk(absolute, new Set(), found)
      found.sort().forEach((file) => add(file, false))
    } else if (/[*?[\]{}()!]/.test(pattern)) {
      // The glob matcher loads only when a pattern is given.
      const {glob} = await import('tinyglobby')
      const matches = await glob(pattern, {cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**']})
      const kept: string[] = []
      for (const match of matches.map((file) => path.normalize(file)).sort()) {
        if (wanted(match) && !(await isIgnored(match, false))) kept.push(match)
      }
      if (matches.length === 0) missing.push(`No files match the pattern "${pattern}".`)
      kept.forEach((file) => add(file, false))
    } else {
      missing.push(`No such file or folder: "${pattern}".`)
    }
  }
  return {targets, missing}
}
