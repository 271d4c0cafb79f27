// gendered-abuse: an official account never publishes gendered slurs,
// sexualised or appearance remarks, sexist stereotypes, belittling address or
// threats; and a post that quotes such abuse to condemn it is not reported as
// abuse. Words that are abusive only when aimed at a woman need a sign that
// they are (a target word, a noun use, a vocative); names are never slurs.
import type {Root} from 'nlcst'
import {loadLexicon, PhraseMatcher} from './lib/lexicon.js'
import {lexiconPattern} from './lib/patterns.js'
import {profileFor, type Profile} from './lib/profile.js'
import {proseSentences, quoteChecker, type ProseSentence} from './lib/prose.js'
import {fold as foldText} from './lib/text.js'
import {report} from './report.js'
import type {PostLanguage, RuleAttacher, RuleMeta, RuleModule} from './types.js'

type Category = 'slur' | 'sexualised' | 'appearance' | 'stereotype' | 'belittling' | 'threat'

export const meta: RuleMeta = {
  id: 'gendered-abuse',
  description: 'Posts never carry gendered abuse: slurs, sexualised or appearance remarks, sexist stereotypes, belittling address, threats.',
  guideline: {
    section: 'Speak out against gender-based violence online',
    summary: 'Legislators should stand against online violence aimed at women in politics, and never take part in it.'
  },
  docs: 'docs/rules/gendered-abuse.md',
  defaultSeverity: 'error',
  schema: {
    type: 'object',
    properties: {
      allow: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        default: [],
        description: 'Words the office uses in a reclaimed or local sense (e.g. a community’s self-label).'
      },
      quotedSlurs: {
        type: 'boolean',
        default: true,
        description: 'In a post that quotes abuse to condemn it, suggest masking the slur (“b***h”) instead of repeating it.'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {allow: [], quotedSlurs: true},
  fixable: false,
  messages: {
    slur: {
      en: '“{{term}}” is a gendered slur ({{reason}}). Never publish it: criticise what she says or does, not her sex.'
    },
    sexualised: {
      en: '“{{term}}” sexualises a woman in public life ({{reason}}). Talk about her work and positions instead.'
    },
    appearance: {
      en: '“{{term}}” comments on a woman’s looks ({{reason}}); even kind remarks on appearance cost women in politics credibility. Talk about her work instead.'
    },
    stereotype: {
      en: '“{{term}}” is a sexist stereotype ({{reason}}). Would you say it of a man? Answer her argument instead.'
    },
    belittling: {
      en: '“{{term}}” talks down to a woman in public life ({{reason}}). Address her by her title and name.'
    },
    threat: {
      en: '“{{term}}” reads as a threat ({{reason}}). Threats of violence are never acceptable from an official account, even as a joke: remove it.'
    },
    'repeated-slur': {
      en: 'Condemning abuse is right, but repeating “{{term}}” spreads the slur further. Consider writing “{{masked}}”.'
    }
  },
  fragments: {
    'write-masked': {en: 'Write “{{masked}}”.'}
  }
}

// Slurs and threats are errors; the other categories are warnings (the rule's severity caps them).
const ERROR_CATEGORIES = new Set<Category>(['slur', 'threat'])

type TargetMode = 'always' | 'target' | 'nominal' | 'vocative'
type Entry = {
  phrase: string
  forms?: string[]
  category: Exclude<Category, 'threat'>
  target: TargetMode
  notBefore?: string[]
  notAfter?: string[]
  reason: string
}
type Threat = {pattern: string; target: 'always' | 'target'; reason: string}
type LexiconFile = {
  targets: string[]
  determiners: string[]
  reporting: string
  condemnation: string
  topics: string
  entries: Entry[]
  threats: Threat[]
}
type Compiled = {
  matcher: PhraseMatcher<{phrase: string; entry: Entry}>
  targets: Set<string>
  determiners: Set<string>
  reporting: RegExp
  condemnation: RegExp
  topics: RegExp
  threats: {pattern: RegExp; threat: Threat}[]
  /** From the language's profile, folded: words that make the next word describe her ("la diputada está loca"), and what may follow a noun use of an adjective ("esa loca de la diputada"). */
  copulas: Set<string>
  afterNoun: Set<string>
}

/** Lower case, no possessive, no accents: "Histérica" and "histerica" are one word. */
export function fold(word: string): string {
  return foldText(word).replace(/'s$/u, '')
}

const foldPhrase = (phrase: string) => phrase.split(/\s+/u).map(fold).join(' ')


export function mask(term: string): string {
  return term.replace(/\p{L}+/gu, (word) => (word.length <= 2 ? word : word[0] + '*'.repeat(word.length - 2) + word.at(-1)))
}

const attacher: RuleAttacher = (raw) => {
  const options = raw as {allow: string[]; quotedSlurs: boolean}
  const allowed = new Set(options.allow.map(foldPhrase))
  const compiled = new Map<PostLanguage, Compiled | undefined>()
  const lexiconFor = (lang: PostLanguage): Compiled | undefined => {
    if (!compiled.has(lang)) {
      const data = loadLexicon<LexiconFile | undefined>(lang, 'gendered-abuse', undefined)
      compiled.set(lang, data && compile(data, allowed, profileFor(lang)))
    }
    return compiled.get(lang)
  }

  return (tree, file) => {
    const post = file.data.post
    const lexicon = lexiconFor(post?.lang ?? 'und')
    if (!lexicon) return
    const text = String(file.value)
    const inQuote = quoteChecker(text)
    // A post about misogyny, sexism or harassment quotes abuse to expose it.
    const aboutAbuse = lexicon.topics.test(text)

    for (const sentence of proseSentences(tree as Root, text)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      const condemns = aboutAbuse || lexicon.condemnation.test(sentenceText)
      const reportedBefore = (offset: number) => lexicon.reporting.test(text.slice(sentence.start, offset))
      const mentioned = (offset: number) => inQuote(offset) || condemns || reportedBefore(offset)

      for (const hit of findWords(sentence, text, lexicon)) {
        const term = text.slice(hit.start, hit.end)
        if (mentioned(hit.start)) {
          if (hit.entry.category === 'slur' && options.quotedSlurs) {
            const masked = mask(term)
            report(file, meta, {
              messageId: 'repeated-slur',
              span: hit,
              data: {term, masked},
              warningOnly: true,
              suggestions: [{desc: {fragment: 'write-masked', data: {masked}}, fix: {range: [hit.start, hit.end], text: masked}}]
            })
          }
          continue
        }
        report(file, meta, {
          messageId: hit.entry.category,
          span: hit,
          data: {term, reason: hit.entry.reason},
          warningOnly: !ERROR_CATEGORIES.has(hit.entry.category)
        })
      }

      const hasTarget = sentence.words.some((word) => lexicon.targets.has(fold(word.text)))
      for (const {pattern, threat} of lexicon.threats) {
        pattern.lastIndex = 0
        for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
          const start = sentence.start + match.index
          if (mentioned(start) || (threat.target === 'target' && !hasTarget)) continue
          report(file, meta, {
            messageId: 'threat',
            span: {start, end: start + match[0].length},
            data: {term: match[0], reason: threat.reason}
          })
        }
      }
    }
  }
}

function compile(data: LexiconFile, allowed: Set<string>, profile: Profile): Compiled {
  const phrases = data.entries.flatMap((entry) =>
    [entry.phrase, ...(entry.forms ?? [])].map(foldPhrase).filter((phrase) => !allowed.has(phrase)).map((phrase) => ({phrase, entry}))
  )
  return {
    matcher: new PhraseMatcher(phrases),
    targets: new Set(data.targets.map(fold)),
    determiners: new Set(data.determiners.map(fold)),
    reporting: lexiconPattern(data.reporting),
    condemnation: lexiconPattern(data.condemnation),
    topics: lexiconPattern(data.topics),
    threats: data.threats.map((threat) => ({pattern: lexiconPattern(threat.pattern, true), threat})),
    copulas: new Set([...profile.copulas].map(fold)),
    afterNoun: new Set([...profile.afterNoun].map(fold))
  }
}

type Hit = {entry: Entry; start: number; end: number}

/** Lexicon words in a sentence that are aimed at a woman and are not part of a name. */
function findWords(sentence: ProseSentence, text: string, lexicon: Compiled): Hit[] {
  const words = sentence.words
  const folded = sentence.folded.map((word) => word.replace(/'s$/u, ''))
  const matches = lexicon.matcher.match(folded)
  if (matches.length === 0) return []
  const hasTarget = folded.some((word) => lexicon.targets.has(word))
  const hitStarts = new Set(matches.map(([, first]) => first))
  const hitEnds = new Set(matches.map(([, , last]) => last))
  const shouting = words.every((word) => word.text === word.text.toUpperCase())

  const gap = (from: number, to: number) => text.slice(from, to)
  const before = (index: number) => gap(index > 0 ? words[index - 1]!.end : sentence.start, words[index]!.start)
  const after = (index: number) => gap(words[index]!.end, index + 1 < words.length ? words[index + 1]!.start : sentence.end)
  const isTitle = (index: number) => /^\p{Lu}\p{Ll}/u.test(words[index]?.text ?? '')
  // "Hooker County", "Mayor Dick Harper": a capitalised run next to another capitalised word.
  const inName = (first: number, last: number) =>
    !shouting &&
    words.slice(first, last + 1).every((_, offset) => isTitle(first + offset)) &&
    ((first > 0 && isTitle(first - 1) && /^\s+$/u.test(before(first))) || (isTitle(last + 1) && /^\s+$/u.test(after(last))))
  // "Calm down, sweetheart." / "¡Cállate, vieja!": the word addresses someone.
  const vocative = (first: number, last: number) =>
    (first === 0 || /[,¡:]\s*$/u.test(before(first))) && (last === words.length - 1 || /[,.!?;:…]/u.test(after(last)))
  // "esa vieja", "la loca de la diputada": a determiner makes the adjective a noun for a person.
  const nominal = (first: number, last: number) =>
    first > 0 &&
    lexicon.determiners.has(folded[first - 1]!) &&
    (last === words.length - 1 || /[,.!?;:…]/u.test(after(last)) || lexicon.afterNoun.has(folded[last + 1]!) || hitStarts.has(last + 1))
  // "llamar puta a...", "called her a bitch": what a reporting verb names is a person.
  const named = (first: number) => first > 0 && lexicon.reporting.test(gap(words[Math.max(0, first - 2)]!.start, words[first]!.start))
  // "la perra loca": next to another abusive word, an adjective is aimed at the same person.
  const besideHit = (first: number, last: number) => hitEnds.has(first - 1) || hitStarts.has(last + 1)
  const described = (first: number) => hasTarget && first > 0 && lexicon.copulas.has(folded[first - 1]!)

  const hits: Hit[] = []
  for (const [{entry}, first, last] of matches) {
    if (entry.notBefore?.includes(folded[last + 1] ?? '') || entry.notAfter?.includes(folded[first - 1] ?? '')) continue
    if (inName(first, last)) continue
    const aimed =
      entry.target === 'always' ||
      vocative(first, last) ||
      (entry.target === 'target' && (hasTarget || nominal(first, last))) ||
      (entry.target === 'nominal' && (nominal(first, last) || named(first) || described(first) || besideHit(first, last)))
    if (aimed) hits.push({entry, start: words[first]!.start, end: words[last]!.end})
  }
  return hits
}

export const rule: RuleModule = {meta, attacher}
