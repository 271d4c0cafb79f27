// plain-language: every post in plain and direct wording, without crying wolf.
// Readability is judged over the whole post (formulas need a sample, not one
// sentence); wordy phrases come from retext-simplify plus parllint's lexicons;
// nothing inside quotation marks is reworded: those are someone else's words.
import type {Root} from 'nlcst'
import {loadLexicon, PhraseMatcher, type PhraseEntry} from './lib/lexicon.js'
import {profileFor, type Profile} from './lib/profile.js'
import {proseSentences, type ProseSentence} from './lib/prose.js'
import {readability} from './lib/readability.js'
import {normalize} from './lib/text.js'
import {report} from './report.js'
import type {PostLanguage, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'plain-language',
  description: 'Posts use plain and direct wording: readable, short sentences, no jargon, no shouting.',
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Each post should be written in plain and direct language.'
  },
  docs: 'docs/rules/plain-language.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      maxGrade: {type: 'number', minimum: 1, maximum: 20, default: 8, description: 'Highest US school grade a post may need.'},
      maxSentenceWords: {type: 'integer', minimum: 5, default: 30, description: 'Longest sentence, in words.'},
      passive: {type: 'boolean', default: false, description: 'Report passive voice (often fine, so off by default).'},
      shouting: {type: 'boolean', default: true, description: 'Report runs of ALL-CAPS words, and ?! or ??? runs.'},
      accept: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        default: [],
        description: 'Words and phrases the office accepts (names of bills, programmes).'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {maxGrade: 8, maxSentenceWords: 30, passive: false, shouting: true, accept: []},
  fixable: true,
  messages: {
    readability: {
      en: 'Hard to read: this post reads at about grade {{grade}} (target {{maxGrade}}), and this is its hardest sentence ({{words}} words, {{longShare}}% long words). {{advice}}'
    },
    simplify: {
      en: '“{{actual}}” is not plain language: {{advice}}.'
    },
    'long-sentence': {
      en: 'This sentence has {{words}} words (at most {{max}}). Split it into two or three shorter sentences.'
    },
    passive: {
      en: '“{{actual}}” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).'
    },
    shouting: {
      en: '{{what}} reads as shouting. Write it in normal case and let the words carry the weight.'
    }
  },
  fragments: {
    replace: {en: 'Replace “{{actual}}” with “{{expected}}”.'}
  }
}

// A post is flagged only when its hardest sentence is itself clearly hard:
// maxGrade + 6 puts it in LIX's "very difficult" band (about 59 at the default),
// and it is long enough for the measure to mean something.
const SENTENCE_MARGIN = 6
const MIN_SENTENCE_WORDS = 20 // plain-language guidance puts a readable sentence at about 20 words

type Options = {maxGrade: number; maxSentenceWords: number; passive: boolean; shouting: boolean; accept: string[]}

const attacher: RuleAttacher = (raw) => {
  const options = raw as Options
  const accepted = new Set(options.accept.map(normalize))
  const matchers = new Map<PostLanguage, PhraseMatcher<PhraseEntry>>()
  const matcherFor = (lang: PostLanguage) => {
    let matcher = matchers.get(lang)
    if (!matcher) {
      const entries = loadLexicon<{entries: PhraseEntry[]}>(lang, 'jargon', {entries: []}).entries
      matcher = new PhraseMatcher(entries.filter((entry) => !accepted.has(normalize(entry.phrase))))
      matchers.set(lang, matcher)
    }
    return matcher
  }
  // Wordy phrases from the package the language's profile names (retext-simplify for English).
  const wordyMatchers = new Map<PostLanguage, Promise<PhraseMatcher<WordyPhrase>> | undefined>()
  const wordyFor = (profile: Profile) => {
    if (!wordyMatchers.has(profile.lang)) {
      // Only its wordy phrases: its single words are mostly everyday words; single-word jargon comes from parllint's own lexicon.
      const exclude = new Set(loadLexicon<{entries: {phrase: string}[]}>(profile.lang, 'simplify-exclude', {entries: []}).entries.map((e) => normalize(e.phrase)))
      const matcher = profile.wordy
        ? wordyPhrases(profile.wordy.module).then((entries) => new PhraseMatcher(entries.filter((entry) => !exclude.has(entry.phrase) && !accepted.has(entry.phrase))))
        : undefined
      wordyMatchers.set(profile.lang, matcher)
    }
    return wordyMatchers.get(profile.lang)
  }

  const acronymSets = new Map<PostLanguage, Set<string>>()
  const acronymsFor = (lang: PostLanguage) => {
    let set = acronymSets.get(lang)
    if (!set) {
      set = new Set(loadLexicon<{entries: string[]}>(lang, 'acronyms', {entries: []}).entries)
      acronymSets.set(lang, set)
    }
    return set
  }

  return async (tree, file) => {
    const lang = file.data.post?.lang ?? 'und'
    const profile = profileFor(lang)
    const text = String(file.value)
    const sentences = proseSentences(tree as Root, text)

    checkReadability(sentences, lang)
    for (const sentence of sentences) {
      if (sentence.words.length > options.maxSentenceWords) {
        report(file, meta, {
          messageId: 'long-sentence',
          span: {start: sentence.start, end: sentence.end},
          data: {words: sentence.words.length, max: options.maxSentenceWords}
        })
      }
      checkJargon(sentence, lang)
    }
    if (options.shouting) checkShouting(sentences, lang)

    const wordy = await wordyFor(profile)
    for (const sentence of sentences) {
      for (const [entry, first, last] of wordy?.match(sentence.lower) ?? []) {
        const from = sentence.words[first]!
        const to = sentence.words[last]!
        if (!from.quoted) reportSimplify(text.slice(from.start, to.end), {start: from.start, end: to.end}, entry.replace, entry.omit, false)
      }
    }
    // Passive voice as retext-passive finds it: a participle right after a form of "to be".
    if (!options.passive || !profile.passive) return
    const known = await passiveParticiples(profile.passive.module)
    for (const {words, lower} of sentences) {
      words.forEach((word, index) => {
        if (index === 0 || word.quoted || !known.has(lower[index]!) || !profile.toBe.has(lower[index - 1]!)) return
        report(file, meta, {messageId: 'passive', span: {start: word.start, end: word.end}, actual: word.text, data: {actual: word.text}})
      })
    }

    function checkReadability(list: readonly ProseSentence[], language: PostLanguage) {
      const score = readability(list, language)
      if (!score || score.grade <= options.maxGrade || score.hardest.grade <= options.maxGrade + SENTENCE_MARGIN) return
      // Too short to judge, or already reported as too long.
      if (score.hardest.words < MIN_SENTENCE_WORDS || score.hardest.words > options.maxSentenceWords) return
      const {sentence, words, longWords} = score.hardest
      report(file, meta, {
        messageId: 'readability',
        span: {start: sentence.start, end: sentence.end},
        data: {
          grade: Math.round(score.grade),
          maxGrade: options.maxGrade,
          words,
          longShare: Math.round((100 * longWords) / words),
          advice: words > 20 ? 'Split this sentence, and use shorter words where you can.' : 'Use shorter, everyday words.'
        }
      })
    }

    function checkJargon(sentence: ProseSentence, language: PostLanguage) {
      const words = sentence.words
      for (const [entry, first, last] of matcherFor(language).match(sentence.lower)) {
        const from = words[first]!
        const to = words[last]!
        if (from.quoted) continue
        const actual = text.slice(from.start, to.end)
        const removable = entry.replace.some((r) => r.startsWith('('))
        const replacements = entry.replace.filter((r) => !r.startsWith('('))
        reportSimplify(actual, {start: from.start, end: to.end}, replacements, removable, entry.safe === true)
      }
    }

    function reportSimplify(actual: string, span: {start: number; end: number}, expected: string[], removable: boolean, safe: boolean) {
      const quotedList = expected.map((word) => `“${word}”`).join(' or ')
      const advice = expected.length === 0 ? 'remove it' : removable ? `remove it, or write ${quotedList}` : `write ${quotedList} instead`
      const suggestions = expected.map((word) => ({
        desc: {fragment: 'replace', data: {actual, expected: matchCase(word, actual)}},
        fix: {range: [span.start, span.end] as [number, number], text: matchCase(word, actual)}
      }))
      report(file, meta, {
        messageId: 'simplify',
        span,
        actual,
        expected,
        data: {actual, advice},
        fix: safe && expected.length === 1 ? suggestions[0]!.fix : undefined,
        suggestions
      })
    }

    function checkShouting(list: readonly ProseSentence[], language: PostLanguage) {
      const acronyms = acronymsFor(language)
      const vowel = new RegExp(`[${profile.vowels ?? 'AEIOUY'}]`, 'u')
      // A run of capitals is shouting when at least two of its words are real words
      // (four letters or more, with a vowel, not a known acronym): "VOTE NO ON THE
      // TERRIBLE BILL" is; "SCOTUS REC RFS" or "KWFX & KWDQ" is not.
      const caps = (word: string) => /^\p{Lu}{2,}$/u.test(word)
      const loud = (word: string) =>
        /^\p{Lu}{4,}$/u.test(word) && vowel.test(word) && !acronyms.has(word)
      // A label ("BLOG POST:", "WATCH ->") is a convention, not shouting.
      const isLabel = (run: ProseSentence['words']) => /^\s*(?::|-+>)/u.test(text.slice(run[run.length - 1]!.end))
      for (const sentence of list) {
        let run: ProseSentence['words'] = []
        const flush = () => {
          if (run.filter((word) => loud(word.text)).length >= 2 && !run[0]!.quoted && !isLabel(run)) {
            report(file, meta, {
              messageId: 'shouting',
              span: {start: run[0]!.start, end: run[run.length - 1]!.end},
              data: {what: `“${text.slice(run[0]!.start, run[run.length - 1]!.end)}” in capitals`}
            })
          }
          run = []
        }
        for (const word of sentence.words) {
          // Words of one run are separated by spaces only, not by punctuation or symbols.
          const previous = run[run.length - 1]
          if (previous && !/^\s+$/u.test(text.slice(previous.end, word.start))) flush()
          if (caps(word.text)) run.push(word)
          else flush()
        }
        flush()
      }
      // Runs of "!" are enthusiasm ("Congrats!!!"); a "?!" mix or "???" is a raised voice.
      const marks = /[!?]*(?:\?\?\?|\?!|!\?)[!?]*/gu
      for (let match = marks.exec(text); match; match = marks.exec(text)) {
        report(file, meta, {
          messageId: 'shouting',
          span: {start: match.index, end: match.index + match[0].length},
          data: {what: `“${match[0]}”`}
        })
      }
    }
  }
}

function matchCase(word: string, like: string): string {
  const first = like.charAt(0)
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

const participleSets = new Map<string, Promise<Set<string>>>()

/** retext-passive's past participles, read from its data, matched with parllint's own sentences. */
function passiveParticiples(module: string): Promise<Set<string>> {
  let set = participleSets.get(module)
  if (!set) {
    set = import(new URL('lib/list.js', import.meta.resolve(module)).href).then(({list}: {list: string[]}) => new Set(list))
    participleSets.set(module, set)
  }
  return set
}

type WordyPhrase = {phrase: string; replace: string[]; omit: boolean}
const wordyLists = new Map<string, Promise<WordyPhrase[]>>()

/**
 * retext-simplify's multi-word phrases, read from its data: its own search costs more
 * than the rest of this rule, and parllint already matches phrases for its lexicons.
 */
function wordyPhrases(module: string): Promise<WordyPhrase[]> {
  let list = wordyLists.get(module)
  if (!list) {
    list = import(new URL('lib/patterns.js', import.meta.resolve(module)).href).then(({patterns}: {patterns: Record<string, {replace: string[]; omit?: boolean}>}) =>
      Object.entries(patterns)
        .filter(([phrase]) => /\s/u.test(phrase))
        .map(([phrase, pattern]) => ({phrase: normalize(phrase), replace: [...pattern.replace], omit: pattern.omit === true}))
    )
    wordyLists.set(module, list)
  }
  return list
}

export const rule: RuleModule = {meta, attacher}
