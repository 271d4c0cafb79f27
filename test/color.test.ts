import {describe, expect, it} from 'vitest'
import {chooseColor} from '../src/color.js'

describe('chooseColor', () => {
  it('colours a terminal, not a pipe', () => {
    expect(chooseColor({flag: undefined, env: {}, isTTY: true}).level).toBeGreaterThan(0)
    expect(chooseColor({flag: undefined, env: {}, isTTY: false}).level).toBe(0)
  })
  it('turns colour off under NO_COLOR, which chalk alone ignores', () => {
    expect(chooseColor({flag: undefined, env: {NO_COLOR: '1'}, isTTY: true}).level).toBe(0)
    expect(chooseColor({flag: undefined, env: {NO_COLOR: ''}, isTTY: true}).level).toBeGreaterThan(0)
  })
  it('lets --color and --no-color win', () => {
    expect(chooseColor({flag: true, env: {NO_COLOR: '1'}, isTTY: false}).level).toBeGreaterThan(0)
    expect(chooseColor({flag: false, env: {}, isTTY: true}).level).toBe(0)
  })
})
