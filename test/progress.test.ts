import {describe, expect, it} from 'vitest'
import {createProgress} from '../src/progress.js'

const stream = (isTTY: boolean) => {
  const written: string[] = []
  return {written, isTTY, write: (text: string) => written.push(text)}
}

describe('progress', () => {
  it('draws a bar on a terminal for long runs, at most every 100 ms, and clears it', () => {
    const out = stream(true)
    let clock = 0
    const progress = createProgress({total: 400, stream: out, env: {}, now: () => clock})
    progress.tick(1)
    progress.tick(2) // too soon: skipped
    clock = 150
    progress.tick(200)
    progress.tick(400) // the last one is always drawn
    progress.done()
    expect(out.written).toEqual([
      `\r${'░'.repeat(30)} 1/400 drafts`,
      `\r${'█'.repeat(15)}${'░'.repeat(15)} 200/400 drafts`,
      `\r${'█'.repeat(30)} 400/400 drafts`,
      '\r\u001b[2K'
    ])
  })

  it('stays silent when piped, in CI, or for a few hundred drafts', () => {
    for (const [out, env, total] of [
      [stream(false), {}, 1000],
      [stream(true), {CI: 'true'}, 1000],
      [stream(true), {}, 300]
    ] as const) {
      const progress = createProgress({total, stream: out, env})
      progress.tick(total)
      progress.done()
      expect(out.written).toEqual([])
    }
  })
})
