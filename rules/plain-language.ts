// plain-language: every post in plain and direct wording, without crying wolf.
// Each check is calibrated per language from its profile (rules/lexicons/<lang>/
// profile.json): sentence ceiling, readability formula and target, what a long
// word is. Wordy phrases come from parllint's lexicons (and retext-simplify's
// phrases in English); nothing inside quotation marks is reworded: those are
// someone else's words.
import type {Root} from 'nlcst'
import {listOf, quote} from '../src/lang/messages.js'
import {compileWordy, type WordyEntry} from './lib/wordy.js'
import {loadLexicon, PhraseMatcher} from './lib/lexicon.js'
import {profileFor, type Profile} from './lib/profile.js'
import {proseSentences, type ProseSentence} from './lib/prose.js'
import {harderThan, readability, readingUnits, type Unit} from './lib/readability.js'
import {fold, normalize} from './lib/text.js'
import {localeOf, report} from './report.js'
import type {MessageValue, PostLanguage, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'plain-language',
  name: {en: 'Plain language', es: 'Lenguaje claro', fr: 'Langage clair', pt: 'Linguagem simples'},
  description: {
    en: 'Posts use plain and direct wording: readable, short sentences, no jargon, no shouting.',
    es: 'Las publicaciones usan un lenguaje claro y directo: legibles, con oraciones cortas, sin jerga y sin gritos.',
    fr: 'Les publications emploient un langage clair et direct : lisibles, en phrases courtes, sans jargon ni majuscules criardes.',
    pt: 'As publicações usam linguagem simples e direta: legíveis, com frases curtas, sem jargão e sem gritos.'
  },
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Each post should be written in plain and direct language.'
  },
  docs: 'docs/rules/plain-language.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      maxGrade: {type: 'number', minimum: 1, maximum: 20, description: 'Highest US school grade a post may need (default: each language’s own target; see the docs).'},
      maxSentenceWords: {type: 'integer', minimum: 5, description: 'Longest sentence, in words (default: 30 in English, 35 in Spanish, French and Portuguese).'},
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
  defaultOptions: {passive: false, shouting: true, accept: []},
  fixable: true,
  messages: {
    readability: {
      en: 'Hard to read: {{what}} {{advice}}',
      es: 'Difícil de leer: {{what}} {{advice}}',
      fr: 'Difficile à lire : {{what}} {{advice}}',
      pt: 'Difícil de ler: {{what}} {{advice}}'
    },
    simplify: {
      en: '“{{actual}}” is not plain language: {{advice}}.',
      es: '«{{actual}}» no es lenguaje claro: {{advice}}.',
      fr: '«\u00a0{{actual}}\u00a0» n’est pas du langage clair : {{advice}}.',
      pt: '“{{actual}}” não é linguagem simples: {{advice}}.'
    },
    'long-sentence': {
      en: 'This sentence has {{words}} words (at most {{max}}). Split it into two or three shorter sentences.',
      es: 'Esta oración tiene {{words}} palabras (máximo {{max}}). Divídala en dos o tres oraciones más cortas.',
      fr: 'Cette phrase compte {{words}} mots (au plus {{max}}). Coupez-la en deux ou trois phrases plus courtes.',
      pt: 'Esta frase tem {{words}} palavras (no máximo {{max}}). Divida-a em duas ou três frases mais curtas.'
    },
    passive: {
      en: '“{{actual}}” is passive: say who does what (e.g. “we passed the bill”, not “the bill was passed”).',
      es: '«{{actual}}» está en voz pasiva: diga quién hace qué (p. ej., «aprobamos la ley», no «la ley fue aprobada»).',
      fr: '«\u00a0{{actual}}\u00a0» est au passif : dites qui fait quoi (p. ex. «\u00a0nous avons adopté la loi\u00a0», et non «\u00a0la loi a été adoptée\u00a0»).',
      pt: '“{{actual}}” está na voz passiva: diga quem faz o quê (p. ex., “aprovamos a lei”, e não “a lei foi aprovada”).'
    },
    shouting: {
      en: '{{what}} reads as shouting. Write it in normal case and let the words carry the weight.',
      es: '{{what}} se lee como un grito. Escríbalo en minúsculas y deje que las palabras tengan el peso.',
      fr: '{{what}} se lit comme un cri. Écrivez-le en minuscules et laissez les mots porter le message.',
      pt: '{{what}} soa como um grito. Escreva em letras minúsculas e deixe as palavras terem o peso.'
    }
  },
  fragments: {
    'post-grade': {
      en: 'this post reads at about grade {{score}} on the {{scale}} scale (plain language: grade {{target}} or lower), and this is its hardest sentence ({{words}} words, {{long}} of them long).',
      es: 'esta publicación se lee en torno al grado {{score}} de la escala {{scale}} (lenguaje claro: grado {{target}} o menos), y esta es su oración más difícil ({{words}} palabras, {{long}} de ellas largas).',
      fr: 'cette publication se lit à peu près au niveau {{score}} de l’échelle {{scale}} (langage clair : niveau {{target}} ou moins), et voici sa phrase la plus difficile ({{words}} mots, dont {{long}} longs).',
      pt: 'esta publicação se lê por volta do nível {{score}} da escala {{scale}} (linguagem simples: nível {{target}} ou menos), e esta é a frase mais difícil ({{words}} palavras, {{long}} delas longas).'
    },
    'post-ease': {
      en: 'this post scores {{score}} on the {{scale}} scale, “{{band}}” (plain language: {{target}} or more), and this is its hardest sentence ({{words}} words, {{long}} of them long).',
      es: 'esta publicación obtiene {{score}} en la escala {{scale}}, «{{band}}» (lenguaje claro: {{target}} o más), y esta es su oración más difícil ({{words}} palabras, {{long}} de ellas largas).',
      fr: 'cette publication obtient {{score}} sur l’échelle {{scale}}, «\u00a0{{band}}\u00a0» (langage clair : {{target}} ou plus), et voici sa phrase la plus difficile ({{words}} mots, dont {{long}} longs).',
      pt: 'esta publicação tem {{score}} na escala {{scale}}, “{{band}}” (linguagem simples: {{target}} ou mais), e esta é a frase mais difícil ({{words}} palavras, {{long}} delas longas).'
    },
    sentence: {
      en: 'this sentence has {{words}} words, {{long}} of them long ({{longWord}}).',
      es: 'esta oración tiene {{words}} palabras, {{long}} de ellas largas ({{longWord}}).',
      fr: 'cette phrase compte {{words}} mots, dont {{long}} longs ({{longWord}}).',
      pt: 'esta frase tem {{words}} palavras, {{long}} delas longas ({{longWord}}).'
    },
    'long-letters': {en: '{{count}} letters or more', es: '{{count}} letras o más', fr: '{{count}} lettres ou plus', pt: '{{count}} letras ou mais'},
    'long-syllables': {en: '{{count}} syllables or more', es: '{{count}} sílabas o más', fr: '{{count}} syllabes ou plus', pt: '{{count}} sílabas ou mais'},
    'advice-split': {
      en: 'Split this sentence, and use shorter words where you can.',
      es: 'Divida esta oración y use palabras más cortas donde pueda.',
      fr: 'Coupez cette phrase et employez des mots plus courts quand vous le pouvez.',
      pt: 'Divida esta frase e use palavras mais curtas quando puder.'
    },
    'advice-words': {en: 'Use shorter, everyday words.', es: 'Use palabras más cortas y comunes.', fr: 'Employez des mots plus courts et courants.', pt: 'Use palavras mais curtas e comuns.'},
    'very-easy': {en: 'very easy', es: 'muy fácil', fr: 'très facile', pt: 'muito fácil'},
    easy: {en: 'easy', es: 'fácil', fr: 'facile', pt: 'fácil'},
    'fairly-easy': {en: 'fairly easy', es: 'bastante fácil', fr: 'plutôt facile', pt: 'razoavelmente fácil'},
    standard: {en: 'standard', es: 'normal', fr: 'standard', pt: 'padrão'},
    'fairly-difficult': {en: 'fairly difficult', es: 'algo difícil', fr: 'plutôt difficile', pt: 'razoavelmente difícil'},
    difficult: {en: 'difficult', es: 'difícil', fr: 'difficile', pt: 'difícil'},
    'very-difficult': {en: 'very difficult', es: 'muy difícil', fr: 'très difficile', pt: 'muito difícil'},
    write: {en: 'write {{expected}} instead', es: 'escriba {{expected}}', fr: 'écrivez plutôt {{expected}}', pt: 'escreva {{expected}}'},
    remove: {en: 'remove it', es: 'suprímalo', fr: 'supprimez-le', pt: 'retire-o'},
    'remove-or-write': {en: 'remove it, or write {{expected}}', es: 'suprímalo o escriba {{expected}}', fr: 'supprimez-le ou écrivez {{expected}}', pt: 'retire-o ou escreva {{expected}}'},
    // The reason says what to do: "use the noun's own verb".
    rewrite: {en: '{{reason}}', es: '{{reason}}', fr: '{{reason}}', pt: '{{reason}}'},
    replace: {en: 'Replace “{{actual}}” with “{{expected}}”.', es: 'Reemplace «{{actual}}» por «{{expected}}».', fr: 'Remplacez «\u00a0{{actual}}\u00a0» par «\u00a0{{expected}}\u00a0».', pt: 'Substitua “{{actual}}” por “{{expected}}”.'},
    capitals: {en: '“{{text}}” in capitals', es: '«{{text}}» en mayúsculas', fr: '«\u00a0{{text}}\u00a0» en majuscules', pt: '“{{text}}” em maiúsculas'},
    marks: {en: '“{{text}}”', es: '«{{text}}»', fr: '«\u00a0{{text}}\u00a0»', pt: '“{{text}}”'}
  }
}

// The hardest sentence must itself be clearly hard: at least 20 words (plain-language
// guides put a readable sentence at about 20) and in LIX's "very difficult" band.
const MIN_SENTENCE_WORDS = 20
const VERY_DIFFICULT_LIX = 60
// Formulas were built on samples of 100 words and more; a shorter post is judged
// by LIX over the whole post, which must be at least "difficult" (official texts).
const FORMULA_MIN_WORDS = 100
const DIFFICULT_LIX = 50

type Options = {maxGrade?: number; maxSentenceWords?: number; passive: boolean; shouting: boolean; accept: string[]}
type Capitals = {acronyms: Set<string>; setPhrases: PhraseMatcher<{phrase: string}>}

const attacher: RuleAttacher = (raw) => {
  const options = raw as Options
  const accepted = new Set(options.accept.map(normalize))
  const wordy = new Map<PostLanguage, ReturnType<typeof compileWordy>>()
  const wordyFor = (profile: Profile) => {
    let compiled = wordy.get(profile.lang)
    if (!compiled) {
      compiled = compileWordy(profile, accepted)
      wordy.set(profile.lang, compiled)
    }
    return compiled
  }
  const capitals = new Map<PostLanguage, Capitals>()
  const capitalsFor = (lang: PostLanguage) => {
    let found = capitals.get(lang)
    if (!found) {
      const data = loadLexicon<{entries: string[]; setPhrases?: {phrase: string}[]}>(lang, 'acronyms', {entries: []})
      found = {acronyms: new Set(data.entries), setPhrases: new PhraseMatcher(data.setPhrases ?? [], {folded: true})}
      capitals.set(lang, found)
    }
    return found
  }

  return async (tree, file) => {
    const lang = file.data.post?.lang ?? 'und'
    const profile = profileFor(lang)
    const locale = localeOf(file)
    const text = String(file.value)
    const sentences = proseSentences(tree as Root, text)
    const units = readingUnits(sentences, text)
    const maxWords = options.maxSentenceWords ?? profile.plain?.maxSentenceWords ?? 30

    checkReadability(units)
    for (const unit of units) {
      if (unit.words.length > maxWords) {
        report(file, meta, {messageId: 'long-sentence', span: unit, data: {words: unit.words.length, max: maxWords}})
      }
    }
    if (options.shouting) checkShouting(sentences, capitalsFor(lang))

    const matcher = await wordyFor(profile)
    for (const unit of units) {
      for (const match of matcher.match(unit, text)) {
        // A capital inside a sentence makes a name: "the Orden de Proceder", "no Face a visita" (Facebook).
        const name = match.start > unit.words[0]!.start && /^\p{Lu}/u.test(text.slice(match.start))
        if (!match.quoted && !name) reportSimplify(match.entry, match.start, match.end)
      }
    }
    if (options.passive) await checkPassive(sentences, profile)

    function checkReadability(list: readonly Unit[]) {
      const score = readability(list, lang)
      const formula = profile.readability
      if (!score || !formula || !profile.plain) return
      const {unit, words, longWords, lix} = score.hardest
      // Too short to judge, already reported as too long, or not very difficult.
      if (words < MIN_SENTENCE_WORDS || words > maxWords || lix < veryDifficult(options.maxGrade)) return
      const advice = {fragment: words > MIN_SENTENCE_WORDS ? 'advice-split' : 'advice-words'}
      const long = profile.plain.longWord
      const longWord = long.letters ? {fragment: 'long-letters', data: {count: long.letters}} : {fragment: 'long-syllables', data: {count: long.syllables!}}
      let what
      if (score.words < FORMULA_MIN_WORDS) {
        if (score.lix < DIFFICULT_LIX) return
        what = {fragment: 'sentence', data: {words, long: longWords, longWord}}
      } else {
        // Compared once rounded, so a message never says "grade 8 (target 8)".
        const target = targetOf(formula, options.maxGrade)
        const shown = Math.round(score.score!)
        if (!harderThan(formula, shown, target)) return
        const data = {score: shown, scale: formula.scale, target, words, long: longWords}
        what = formula.grade
          ? {fragment: 'post-grade', data}
          : {fragment: 'post-ease', data: {...data, band: {fragment: formula.bands?.find(([min]) => shown >= min)?.[1] ?? 'very-difficult'}}}
      }
      report(file, meta, {messageId: 'readability', span: unit, data: {what, advice}})
    }

    function reportSimplify(entry: WordyEntry, start: number, end: number) {
      const actual = text.slice(start, end)
      const expected = entry.replace.filter((word) => word !== '(remove)').map((word) => matchCase(word, actual))
      const removable = expected.length < entry.replace.length
      const list = listOf(
        expected.map((word) => quote(word.trim(), locale)),
        locale,
        'disjunction'
      )
      const advice: MessageValue = entry.rewrite
        ? {fragment: 'rewrite', data: {reason: entry.reasonText}}
        : expected.length === 0
          ? {fragment: 'remove'}
          : {fragment: removable ? 'remove-or-write' : 'write', data: {expected: list}}
      const suggestions = expected.map((word) => ({
        desc: {fragment: 'replace', data: {actual, expected: word.trim()}},
        fix: {range: [start, end] as [number, number], text: word}
      }))
      report(file, meta, {
        messageId: 'simplify',
        span: {start, end},
        actual,
        expected,
        data: {actual, advice},
        fix: entry.safe && !removable && expected.length > 0 ? suggestions[0]!.fix : undefined,
        suggestions
      })
    }

    function checkShouting(list: readonly ProseSentence[], {acronyms, setPhrases}: Capitals) {
      const vowel = new RegExp(`[${profile.vowels ?? 'AEIOUY'}]`, 'u')
      const locatives = new Set(profile.plain?.locatives ?? [])
      // A run of capitals is shouting when at least two of its words are real words
      // (four letters or more, with a vowel, not a known acronym nor part of a set
      // phrase such as "GOD BLESS AMERICA"): "VOTE NO ON THE TERRIBLE BILL" is;
      // "SCOTUS REC RFS" or "KWFX & KWDQ" is not.
      // Words in capitals, with their apostrophes and hyphens ("L'INDUSTRIE"), one-letter words ("À", "A"),
      // and the variation selector an emoji leaves on the word after it ("⚠️LA").
      const caps = (word: string) => /^[\p{Lu}\p{M}'’-]+$/u.test(word) && /\p{Lu}/u.test(word)
      // Marks are not letters: "⚠️CUIDADO" (the variation selector an emoji leaves) and a word whose accents are typed as combining marks (NFD) are as loud as "CUIDADO".
      const loud = (word: string) => {
        const letters = word.replace(/\p{M}/gu, '')
        return /^\p{Lu}{4,}$/u.test(letters) && vowel.test(letters) && !acronyms.has(letters)
      }
      for (const sentence of list) {
        let run: number[] = []
        const flush = () => {
          const words = run.map((index) => sentence.words[index]!)
          run = []
          if (words.length === 0 || words[0]!.quoted) return
          const inSetPhrase = new Set<number>()
          for (const [, first, last] of setPhrases.match(words.map((word) => fold(word.text)))) for (let index = first; index <= last; index++) inSetPhrase.add(index)
          if (words.filter((word, index) => loud(word.text) && !inSetPhrase.has(index)).length < 2) return
          if (isLabel(words[0]!.start, words[words.length - 1]!.end) || isPlace(sentence, words, locatives, text)) return
          const span = {start: words[0]!.start, end: words[words.length - 1]!.end}
          report(file, meta, {messageId: 'shouting', span, data: {what: {fragment: 'capitals', data: {text: text.slice(span.start, span.end)}}}})
        }
        sentence.words.forEach((word, index) => {
          // Words of one run are separated by spaces only, not by punctuation, symbols or a line break.
          const previous = sentence.words[run[run.length - 1] ?? -1]
          if (previous && !/^[ \t]+$/u.test(text.slice(previous.end, word.start))) flush()
          if (caps(word.text)) run.push(index)
          else flush()
        })
        flush()
      }
      // Runs of "!" are enthusiasm ("Congrats!!!"); a "?!" mix or "???" is a raised voice.
      const marks = /[!?]*(?:\?\?\?|\?!|!\?)[!?]*/gu
      for (let match = marks.exec(text); match; match = marks.exec(text)) {
        report(file, meta, {
          messageId: 'shouting',
          span: {start: match.index, end: match.index + match[0].length},
          data: {what: {fragment: 'marks', data: {text: match[0]}}}
        })
      }
    }

    // A label ("BLOG POST:", "WATCH ->", "IQUIQUE.- Hoy...", "ALTO HOSPICIO | ...") or a heading (a line in
    // capitals, numbers, emoji and handles only, with more lines after it: "AGENDA DIARIA ⏎ Sábado 3 de
    // septiembre", "MAIS UMA DOSE DA VACINA CONTRA A COVID-19 NO BRAÇO! 💉 ⏎ ...") is a convention, not shouting.
    function isLabel(start: number, end: number): boolean {
      if (/^\s*(?::|-+>)/u.test(text.slice(end))) return true
      const lineStart = text.lastIndexOf('\n', start - 1) + 1
      const lineEnd = text.indexOf('\n', end)
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/[@#][\p{L}\p{N}_.]+/gu, '')
      if (lineEnd !== -1 && !/\p{Ll}/u.test(line) && /\S/u.test(text.slice(lineEnd))) return true
      return /^[\s\p{P}\p{S}\p{N}]*$/u.test(text.slice(lineStart, start)) && /^\s*(?:\||–|—|-|\.-)/u.test(text.slice(end))
    }

    async function checkPassive(list: readonly ProseSentence[], language: Profile) {
      const participle = await participlesFor(language)
      if (!participle) return
      for (const {words, lower} of list) {
        words.forEach((word, index) => {
          if (index === 0 || word.quoted || !language.passiveAuxiliaries.has(lower[index - 1]!) || !participle(lower[index]!)) return
          report(file, meta, {messageId: 'passive', span: {start: word.start, end: word.end}, actual: word.text, data: {actual: word.text}})
        })
      }
    }
  }
}

/**
 * A run of capitals (four words at most) that names a place: after a locative preposition ("en ALTO
 * HOSPICIO", "in EL PASO"), or echoed in the post in title case or as a hashtag
 * ("ALTO HOSPICIO ... #AltoHospicio").
 */
function isPlace(sentence: ProseSentence, words: ProseSentence['words'], locatives: ReadonlySet<string>, text: string): boolean {
  if (words.length > 4) return false
  const first = sentence.words.indexOf(words[0]!)
  if (first > 0 && locatives.has(sentence.lower[first - 1]!)) return true
  const title = words.map((word) => word.text.charAt(0) + word.text.slice(1).toLowerCase())
  return text.includes(title.join(' ')) || fold(text).includes(`#${fold(title.join(''))}`)
}

/** LIX's "very difficult" band, or where the office's own `maxGrade` puts it (LIX ≈ 10 + 3.5 × grade, six grades above the target). */
function veryDifficult(maxGrade: number | undefined): number {
  return maxGrade === undefined ? VERY_DIFFICULT_LIX : 10 + 3.5 * (maxGrade + 6)
}

/** The language's target on its formula's scale; a `maxGrade` the office sets is read on Flesch's grade table for ease scales. */
function targetOf(formula: NonNullable<Profile['readability']>, maxGrade: number | undefined): number {
  if (maxGrade === undefined) return formula.target
  return formula.grade ? maxGrade : 100 - (maxGrade - 5) * 10
}

function matchCase(word: string, like: string): string {
  const first = like.charAt(0)
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

const participleTests = new Map<PostLanguage, Promise<((word: string) => boolean) | undefined>>()

/** Past participles: retext-passive's list where the profile names it, else the profile's ending pattern. */
function participlesFor(profile: Profile): Promise<((word: string) => boolean) | undefined> {
  let test = participleTests.get(profile.lang)
  if (!test) {
    const pattern = profile.participles && new RegExp(profile.participles.pattern, 'u')
    const minLetters = profile.participles?.minLetters ?? 0
    test = profile.passive
      ? import(new URL('lib/list.js', import.meta.resolve(profile.passive.module)).href).then(({list}: {list: string[]}) => {
          const known = new Set(list)
          return (word: string) => known.has(word)
        })
      : Promise.resolve(pattern ? (word: string) => word.length >= minLetters && pattern.test(word) : undefined)
    participleTests.set(profile.lang, test)
  }
  return test
}

export const rule: RuleModule = {meta, attacher}
