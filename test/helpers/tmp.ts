// Throwaway folders of drafts for tests that need real files.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

export function makeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'parllint-'))
  // A package.json marks the project root, so config search stops here.
  writeFileSync(path.join(root, 'package.json'), '{"name": "drafts", "private": true}\n')
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return root
}
