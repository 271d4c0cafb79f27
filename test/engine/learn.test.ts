// Learning from the office's published posts and its opponents', in-process: which posts a
// learning rule is given (and in which language), what is reported about posts that cannot
// be read, the key that changes whenever what is learned could, and the model cache.
// test/learning.test.ts checks it end to end through the CLI, which mutation testing cannot see.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LearningHooks, RuleModule} from '../../rules/types.js'
import type {ResolvedConfig} from '../../src/config/load.js'
import {createLearning, learnersOf, learnModels} from '../../src/engine/learn.js'
import {openModelCache} from '../../src/engine/model-cache.js'
import type {Locale} from '../../src/lang/languages.js'

type Sides = Parameters<LearningHooks['learn']>[0]
type Context = Parameters<LearningHooks['learn']>[1]

/** A rule that learns by keeping what it was given, so a test sees every post and its language. */
function recorder(id = 'learner') {
  const calls: {sides: Sides; context: Context}[] = []
  const rule = {
    meta: {id},
    learning: {
      learn: (sides: Sides, context: Context) => {
        calls.push({sides, context})
        return {own: sides.own, opponents: sides.opponents, options: context.options}
      },
      explain: () => undefined
    }
  } as unknown as RuleModule
  return {rule, calls}
}
const notLearning = (id: string) => ({meta: {id}}) as unknown as RuleModule

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'parllint-learn-'))
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return root
}

function configOf(root: string, change: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    filepath: undefined,
    lang: 'en',
    languages: ['en'],
    platform: undefined,
    account: undefined,
    values: {positions: [{topic: 'health care', stance: 'support', keywords: ['clinic']}]},
    rules: {learner: {severity: 1, options: {minimum: 3}}},
    ignorePatterns: [],
    history: path.join(root, 'history'),
    opponents: [path.join(root, 'rivals.jsonl')],
    ...change
  }
}

const POSTS = {
  'history/a.txt': 'We opened the new clinic today.\n',
  'history/b.md': '---\nlang: es\n---\n**Abrimos** la clínica.\n',
  // Not Markdown: only the last extension counts.
  'history/c.md.txt': '**Vote** today.\n',
  'history/notes.csv.bak': 'not a post\n',
  'rivals.jsonl': `${JSON.stringify({text: 'The clinic wastes money.'})}\n${JSON.stringify({text: 'A clínica custa caro.', lang: 'pt-BR'})}\n${JSON.stringify({text: 'La clínica cuesta.', lang: 'ES_mx'})}\n`
}
// Front matter and Markdown markup are blanked to spaces, so offsets in the prose are offsets in the file.
const blanked = (text: string) => text.replace(/[^\n]/gu, ' ')

function learning(rules: RuleModule[], options: {cwd: string; locale?: Locale; history?: string; version?: string; cache?: ReturnType<typeof openModelCache>}) {
  const problems: string[] = []
  const learn = createLearning(rules, {extensions: ['.txt', '.md'], version: '9.9.9', onProblem: (message) => problems.push(message), ...options})
  return {learn, problems}
}

const jsonl = (...rows: object[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join('')

describe('which posts are learned from', () => {
  it('gives each learning rule that is on the office’s posts and the opponents’, each in its language', async () => {
    const root = tree(POSTS)
    const {rule, calls} = recorder()
    const {learn, problems} = learning([rule, notLearning('plain')], {cwd: root})
    const learned = await learn.for(configOf(root))
    expect(learned?.models).toEqual({
      learner: {
        own: [
          {text: 'We opened the new clinic today.\n', lang: 'en'},
          {text: `${blanked('---\nlang: es\n---\n')}  Abrimos   la clínica.\n`, lang: 'es'},
          {text: '**Vote** today.\n', lang: 'en'}
        ],
        opponents: [
          {text: 'The clinic wastes money.', lang: 'en'},
          {text: 'A clínica custa caro.', lang: 'pt'},
          {text: 'La clínica cuesta.', lang: 'es'}
        ],
        options: {minimum: 3}
      }
    })
    expect(learned?.key).toMatch(/^[0-9a-f]{40}$/u)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.context).toEqual({values: configOf(root).values, options: {minimum: 3}})
    expect(problems).toEqual([])
  })

  it('learns nothing, and reads nothing, when the config names no opponents', async () => {
    const root = tree({})
    const {rule, calls} = recorder()
    for (const opponents of [undefined, []]) {
      const {learn, problems} = learning([rule], {cwd: root})
      // The history does not exist: reading it would be reported.
      expect(await learn.for(configOf(root, {opponents}))).toBeUndefined()
      expect(problems).toEqual([])
    }
    expect(calls).toEqual([])
  })

  it('learns nothing when no rule that learns is on', async () => {
    const root = tree(POSTS)
    const {rule, calls} = recorder()
    const {learn} = learning([rule], {cwd: root})
    expect(await learn.for(configOf(root, {rules: {learner: {severity: 0, options: {}}}}))).toBeUndefined()
    expect(calls).toEqual([])
  })

  it('reads the office’s posts from --history rather than from the config', async () => {
    const root = tree({...POSTS, 'elsewhere.jsonl': jsonl({text: 'From --history.'})})
    const {rule} = recorder()
    const {learn} = learning([rule], {cwd: root, history: path.join(root, 'elsewhere.jsonl')})
    const learned = await learn.for(configOf(root))
    expect((learned?.models.learner as {own: unknown}).own).toEqual([{text: 'From --history.', lang: 'en'}])
  })

  it('learns once per config, however many drafts ask', async () => {
    const root = tree(POSTS)
    const {rule, calls} = recorder()
    const {learn} = learning([rule], {cwd: root})
    const config = configOf(root)
    const first = learn.for(config)
    expect(learn.for(config)).toBe(first)
    await first
    expect(calls).toHaveLength(1)
    await learn.for(configOf(root))
    expect(calls).toHaveLength(2)
  })
})

describe('what is reported, in the user’s locale', () => {
  it('says so when there are opponents but no history to compare them with, and still learns', async () => {
    const root = tree(POSTS)
    const {rule} = recorder()
    const {learn, problems} = learning([rule], {cwd: root, locale: 'fr'})
    const learned = await learn.for(configOf(root, {history: undefined}))
    expect(problems).toEqual(['La configuration indique des "opponents" mais aucune publication du bureau ("history") à laquelle les comparer : rien n’est appris.'])
    expect((learned?.models.learner as {own: unknown}).own).toEqual([])
  })

  it('names, relative to the working folder, the history and the opponents’ posts it cannot find', async () => {
    const root = tree({})
    const {rule} = recorder()
    const {learn, problems} = learning([rule], {cwd: root})
    await learn.for(configOf(root, {history: path.join(root, 'gone'), opponents: [path.join(root, 'rivals', 'gone.csv')]}))
    expect(problems).toEqual([
      'History posts not found: "gone"; nothing is learned from them.',
      'The config names "opponents" but no posts of the office ("history") to compare them with: nothing is learned.',
      'Opponents’ posts not found: "rivals/gone.csv"; nothing is learned from them.'
    ])
  })

  it('reports each row of an export it skips, with its file and line, for the side it belongs to', async () => {
    const root = tree({'own.jsonl': `not json\n${jsonl({text: 'Kept.'})}`, 'rivals.csv': 'id,body\n1,hello\n'})
    const {rule} = recorder()
    const {learn, problems} = learning([rule], {cwd: root})
    const learned = await learn.for(configOf(root, {history: path.join(root, 'own.jsonl'), opponents: [path.join(root, 'rivals.csv')]}))
    expect(problems).toEqual(['History post skipped: own.jsonl line 1: not valid JSON.', 'Opponents’ post skipped: rivals.csv: no "text" column (the columns are "id", "body").'])
    expect((learned?.models.learner as {own: unknown}).own).toEqual([{text: 'Kept.', lang: 'en'}])
  })

  it('reports a skipped row and an unreadable post in the user’s locale', async () => {
    const root = tree({'history/a.txt': 'Kept.\n', 'history/b.txt': Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00]), 'rivals.jsonl': `not json\n${jsonl({text: 'Kept.'})}`})
    const {rule} = recorder()
    const {learn, problems} = learning([rule], {cwd: root, locale: 'es'})
    await learn.for(configOf(root))
    expect(problems).toEqual([
      'Se omitió una publicación ya publicada: b.txt: Este archivo es binario, no un borrador de texto: parllint solo revisa borradores .txt y .md.',
      'Se omitió una publicación de los adversarios: rivals.jsonl, línea 1: no es JSON válido.'
    ])
  })
})

describe('the key of what was learned', () => {
  const EXPORTS = {'own.jsonl': jsonl({text: 'Office A.'}, {text: 'Office B.', lang: 'en'}), 'rivals.jsonl': jsonl({text: 'Rival C.', lang: 'pt'})}
  /** The key for these posts and this config, read in a fresh folder and run. */
  async function keyOf(files: Record<string, string> = EXPORTS, change: Partial<ResolvedConfig> = {}, version = '9.9.9') {
    const root = tree(files)
    const {learn} = learning([recorder().rule, notLearning('plain')], {cwd: root, version})
    const learned = await learn.for(configOf(root, {history: path.join(root, 'own.jsonl'), opponents: [path.join(root, 'rivals.jsonl')], ...change}))
    return learned!.key
  }

  it('depends on the posts’ content, not on where they are', async () => {
    expect(await keyOf()).toBe(await keyOf())
  })

  it('changes with parllint’s version, which may learn differently', async () => {
    expect(await keyOf(EXPORTS, {}, '9.9.10')).not.toBe(await keyOf())
  })

  it('changes with the config’s language, languages, values and the learning rule’s options', async () => {
    const base = await keyOf()
    const changes: Partial<ResolvedConfig>[] = [
      {lang: 'es'},
      {languages: ['en', 'es']},
      {values: {positions: [{topic: 'health care', stance: 'oppose', keywords: ['clinic']}]}},
      {values: undefined},
      {rules: {learner: {severity: 1, options: {minimum: 4}}}},
      {rules: {learner: {severity: 2, options: {minimum: 3}}, plain: {severity: 1, options: {}}}}
    ]
    const keys = await Promise.all(changes.map((change) => keyOf(EXPORTS, change)))
    // What the learning rule is not given (its severity, other rules) keeps the key: nothing learned could change.
    expect(keys.slice(0, 5).map((key) => key === base)).toEqual([false, false, false, false, false])
    expect(keys[5]).toBe(base)
  })

  it('changes with a post’s text or declared language, and when a post moves from one side to the other', async () => {
    const base = await keyOf()
    expect(await keyOf({...EXPORTS, 'own.jsonl': jsonl({text: 'Office A!'}, {text: 'Office B.', lang: 'en'})})).not.toBe(base)
    expect(await keyOf({...EXPORTS, 'rivals.jsonl': jsonl({text: 'Rival C.', lang: 'es'})})).not.toBe(base)
    expect(await keyOf({'own.jsonl': jsonl({text: 'Office A.'}), 'rivals.jsonl': jsonl({text: 'Office B.', lang: 'en'}, {text: 'Rival C.', lang: 'pt'})})).not.toBe(base)
  })
})

describe('with --cache', () => {
  it('keeps what was learned under its key, and a later run uses it instead of learning again', async () => {
    const root = tree(POSTS)
    const location = path.join(root, '.parllintcache-learned')
    const first = recorder()
    const cache = openModelCache(location, '9.9.9')
    const learned = await learning([first.rule], {cwd: root, cache}).learn.for(configOf(root))
    expect(cache.save()).toBeUndefined()

    const later = recorder()
    const again = await learning([later.rule], {cwd: root, cache: openModelCache(location, '9.9.9')}).learn.for(configOf(root))
    expect(later.calls).toEqual([])
    expect(again).toEqual(learned)
  })
})

describe('the rules that learn', () => {
  const on = recorder('on').rule
  const off = recorder('off').rule
  const unset = recorder('unset').rule
  const config = configOf('/', {rules: {on: {severity: 1, options: {minimum: 2}}, off: {severity: 0, options: {}}, plain: {severity: 2, options: {}}}})

  it('are those with learning hooks that the config turns on', () => {
    expect(learnersOf([notLearning('plain'), off, on, unset], config)).toEqual([on])
  })

  it('each learn a model, by rule id, with the config’s values and their own options', () => {
    expect(learnModels([notLearning('plain'), off, on], config, {own: [{text: 'A.', lang: 'en'}], opponents: []})).toEqual({on: {own: [{text: 'A.', lang: 'en'}], opponents: [], options: {minimum: 2}}})
  })
})
