// parllint's own package.json: its version, and where the rules' docs are read.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export type PackageInfo = {version: string; docsBase: string}

let info: PackageInfo | undefined

export function packageInfo(): PackageInfo {
  if (!info) {
    // The nearest package.json up from this module: from the sources (src), the build (dist/src) and the bundle (dist/bundle) alike.
    let root = path.dirname(fileURLToPath(import.meta.url))
    while (!existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root)
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string; homepage?: string}
    // Rule docs: on the project's site when the package names one, else the copy installed with it.
    info = {version: manifest.version, docsBase: manifest.homepage ? `${manifest.homepage.replace(/\/$/u, '')}/blob/main/` : pathToFileURL(root + path.sep).href}
  }
  return info
}
