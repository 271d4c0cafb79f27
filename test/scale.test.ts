// A large folder is linted with one processor, and each file keeps only its diagnostics.
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {createConfigResolver} from '../src/config/load.js'
import {lintSources} from '../src/engine/run.js'
import {makeTree} from './helpers/tmp.js'

describe('a folder of thousands of drafts', () => {
  it('builds one processor for the whole run', async () => {
    const root = makeTree({})
    mkdirSync(path.join(root, 'scheduled'))
    const sources = Array.from({length: 2000}, (_, index) => {
      const file = path.join(root, 'scheduled', `${String(index).padStart(5, '0')}.txt`)
      writeFileSync(file, `Post ${index}: we will utilize the fund for #Flood${index} with @office${index}.\n`)
      return {path: file, explicit: false}
    })
    const warnings: number[] = []
    const outcome = await lintSources(sources, {
      rules,
      resolver: createConfigResolver({cwd: root, rules}),
      isIgnored: async () => false,
      onResult: (result) => {
        warnings.push(result.warningCount)
      }
    })
    expect(outcome.processorCount).toBe(1)
    expect(warnings).toEqual(Array.from({length: 2000}, () => 1))
    expect(outcome.failed).toBe(false)
  })
})
