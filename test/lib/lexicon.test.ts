// Lexicons as data (rules/lib/lexicon.ts): read from rules/lexicons and rules/data
// once, a fallback where a language has no list, and the phrase matcher the rules share.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadData, loadLexicon, PhraseMatcher} from '../../rules/lib/lexicon.js'

const onDisk = (file: string) => JSON.parse(readFileSync(new URL(`../../rules/${file}`, import.meta.url), 'utf8')) as unknown

describe('loading lexicons', () => {
  it('reads a language’s list from rules/lexicons, once', () => {
    const first = loadLexicon('fr', 'wordy', {entries: []})
    expect(first).toEqual(onDisk('lexicons/fr/wordy.json'))
    expect(loadLexicon('fr', 'wordy', {entries: []})).toBe(first)
  })

  it('gives the fallback for a list a language does not have', () => {
    const fallback = {entries: ['none']}
    expect(loadLexicon('pt', 'no-such-list', fallback)).toBe(fallback)
  })

  it('reads data that is not per language from rules/data', () => {
    expect(loadData('platforms')).toEqual(onDisk('data/platforms.json'))
    expect(loadData('platforms')).toBe(loadData('platforms'))
  })
})

describe('PhraseMatcher', () => {
  const words = (text: string) => text.split(' ')

  it('finds the longest phrase that starts at a word, whatever the order of the list', () => {
    const entries = [{phrase: 'in order'}, {phrase: 'In  order to'}, {phrase: 'in'}]
    for (const list of [entries, [...entries].reverse()]) {
      expect(new PhraseMatcher(list).match(words('we act in order to help'))).toEqual([[{phrase: 'In  order to'}, 2, 4]])
      expect(new PhraseMatcher(list).match(words('in order'))).toEqual([[{phrase: 'in order'}, 0, 1]])
    }
  })

  it('does not overlap matches, and goes on after each', () => {
    const matcher = new PhraseMatcher([{phrase: 'very very'}, {phrase: 'good'}])
    expect(matcher.match(words('very very very good'))).toEqual([
      [{phrase: 'very very'}, 0, 1],
      [{phrase: 'good'}, 3, 3]
    ])
  })

  it('matches whole words only, and nothing in an empty list', () => {
    expect(new PhraseMatcher([{phrase: 'act'}]).match(words('we acted'))).toEqual([])
    expect(new PhraseMatcher([]).match(words('we act'))).toEqual([])
  })
})
