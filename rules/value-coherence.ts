// value-coherence: a post must not contradict the positions the office declared
// (config values.positions), must use the office's preferred terms, and the posts
// of one run must not take opposite stances on one position. Stance is read per
// clause from cue words (rules/lib/stance-reader.ts); when the config names the
// opponents' published posts, a draft on a position that is worded the way they
// word it is also reported (rules/lib/contrast-model.ts), with the words that lean
// and how strongly. A post marked as sarcastic is not read at all.
import type {Root, Sentence} from 'nlcst'
import {explainContrast, leanOf, learnContrast, type ContrastModel, type LeaningWord} from './lib/contrast-model.js'
import {PhraseMatcher} from './lib/lexicon.js'
import {compilePositions, type Values} from './lib/positions.js'
import {profileFor} from './lib/profile.js'
import {proseSentences, quoteChecker} from './lib/prose.js'
import {cuesFor} from './lib/stance-cues.js'
import {createStanceReader} from './lib/stance-reader.js'
import {withoutSyntax} from './lib/syntax.js'
import {listOf, quote, textOf} from '../src/lang/messages.js'
import {keepSummary, localeOf, report} from './report.js'
import type {CrossFinding, Locale, PostSummary, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'value-coherence',
  name: {en: 'Value coherence', es: 'Coherencia con las posturas', fr: 'Cohérence avec les positions', pt: 'Coerência com os posicionamentos'},
  description: {
    en: 'Posts agree with the positions the office declared, use its preferred terms, and do not contradict each other.',
    es: 'Las publicaciones concuerdan con las posturas que declaró el despacho, usan sus términos preferidos y no se contradicen entre sí.',
    fr: 'Les publications s’accordent avec les positions déclarées par le bureau, emploient ses termes préférés et ne se contredisent pas.',
    pt: 'As publicações estão de acordo com os posicionamentos que o gabinete declarou, usam os termos preferidos dele e não se contradizem.'
  },
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Base each post on the legislator’s positions and values, keeping words and actions coherent.'
  },
  docs: 'docs/rules/value-coherence.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      sentiment: {
        type: 'boolean',
        default: true,
        description: 'Where no cue word decides, read a strongly positive or negative clause (AFINN word scores) as the stance.'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {sentiment: true},
  fixable: true,
  messages: {
    contradiction: {
      en: 'This sentence reads as {{reading}} {{topic}} (“{{evidence}}”), but the office has declared that it {{declared}} {{topic}}. Make sure the post says what the member means.',
      es: 'Esta oración se lee como una postura {{reading}} sobre {{topic}} («{{evidence}}»), pero el despacho declaró que sobre {{topic}} {{declared}}. Asegúrese de que la publicación dice lo que quiere decir la persona titular de la cuenta.',
      fr: 'Cette phrase se lit comme une prise de position {{reading}} sur {{topic}} (« {{evidence}} »), alors que sur {{topic}} le bureau a déclaré {{declared}}. Vérifiez que la publication dit bien ce que pense le ou la parlementaire.',
      pt: 'Esta frase se lê como um posicionamento {{reading}} sobre {{topic}} (“{{evidence}}”), mas sobre {{topic}} o gabinete declarou {{declared}}. Verifique se a publicação diz o que o parlamentar quer dizer.'
    },
    'preferred-term': {
      en: '“{{actual}}” is a term the office decided not to use: write “{{expected}}”.',
      es: '«{{actual}}» es un término que el despacho decidió no usar: escriba «{{expected}}».',
      fr: '« {{actual}} » est un terme que le bureau a choisi de ne pas employer : écrivez « {{expected}} ».',
      pt: '“{{actual}}” é um termo que o gabinete decidiu não usar: escreva “{{expected}}”.'
    },
    'cross-post': {
      en: 'This post reads as {{reading}} {{topic}}, but {{other}} reads as {{otherReading}} it: the posts of this run say two things. Align them before they go out.',
      es: 'Esta publicación se lee como una postura {{reading}} sobre {{topic}}, pero {{other}} se lee como una postura {{otherReading}}: las publicaciones de esta revisión dicen dos cosas distintas. Alinéelas antes de publicarlas.',
      fr: 'Cette publication se lit comme une prise de position {{reading}} sur {{topic}}, mais {{other}} se lit comme une prise de position {{otherReading}} : les publications de cette vérification disent deux choses. Harmonisez-les avant de les publier.',
      pt: 'Esta publicação se lê como um posicionamento {{reading}} sobre {{topic}}, mas {{other}} se lê como um posicionamento {{otherReading}}: as publicações desta revisão dizem duas coisas. Alinhe-as antes de publicá-las.'
    },
    'opponents-wording': {
      en: 'This post on {{topic}} is worded the way your opponents word it: {{evidence}}. Check that it says what the office means, in the office’s own words.',
      es: 'Esta publicación sobre {{topic}} está redactada como la redactan sus adversarios: {{evidence}}. Compruebe que dice lo que quiere decir el despacho, con sus propias palabras.',
      fr: 'Cette publication sur {{topic}} est formulée comme vos adversaires la formulent : {{evidence}}. Vérifiez qu’elle dit ce que veut dire le bureau, avec ses propres mots.',
      pt: 'Esta publicação sobre {{topic}} está redigida como seus adversários a redigem: {{evidence}}. Verifique se ela diz o que o gabinete quer dizer, com as palavras do próprio gabinete.'
    }
  },
  fragments: {
    supporting: {en: 'supporting', es: 'a favor', fr: 'favorable', pt: 'a favor'},
    opposing: {en: 'opposing', es: 'en contra', fr: 'défavorable', pt: 'contrário'},
    supports: {en: 'supports', es: 'está a favor', fr: 'y être favorable', pt: 'ser a favor'},
    opposes: {en: 'opposes', es: 'está en contra', fr: 'y être opposé', pt: 'ser contra'},
    'more-often': {
      en: '{{word}} appears {{ratio}} times as often in their posts as in the office’s',
      es: '{{word}} aparece {{ratio}} veces más en sus publicaciones que en las del despacho',
      fr: '{{word}} apparaît {{ratio}} fois plus souvent dans leurs publications que dans celles du bureau',
      pt: '{{word}} aparece {{ratio}} vezes mais nas publicações deles do que nas do gabinete'
    },
    'only-theirs': {
      en: '{{word}} appears in {{count}} of their posts and in none of the office’s',
      es: '{{word}} aparece en {{count}} de sus publicaciones y en ninguna del despacho',
      fr: '{{word}} apparaît dans {{count}} de leurs publications et dans aucune de celles du bureau',
      pt: '{{word}} aparece em {{count}} publicações deles e em nenhuma do gabinete'
    }
  }
}

type Summary = {stances: {topic: string; stance: 1 | -1; at: {line: number; column: number}}[]}

const attacher: RuleAttacher = (raw) => {
  const sentiment = (raw as {sentiment: boolean}).sentiment
  return (tree, file) => {
    const post = file.data.post
    const values = post?.values as Values | undefined
    if (!post || !values) return
    const text = String(file.value)
    const inQuote = quoteChecker(text)
    preferredTerms(values.preferredTerms)

    const cues = cuesFor(post.lang)
    if (!values.positions?.length) return
    // A post marked as not meant literally ("sure, because…", 🙄) says nothing of the office's stance.
    if (cues?.sarcasm?.test(withoutSyntax(text))) return
    const positions = compilePositions(values, post.lang)
    const model = post.learned?.[meta.id] as ContrastModel | undefined
    const lean = model && leanOf(model, text, post.lang, values)
    if (lean) reportLean(lean.position, lean.words)
    if (!cues) return

    const read = createStanceReader({text, cues, profile: profileFor(post.lang), positions, inQuote, sentiment})
    // Per position: the post's one stance (0 when its sentences disagree), and where it is first read.
    const seen = new Map<number, 1 | -1 | 0>()
    const atOf = new Map<number, {line: number; column: number}>()
    const visit = (node: {type: string; children?: unknown[]}) => {
      if (node.type !== 'SentenceNode') return node.children?.forEach((child) => visit(child as never))
      for (const reading of read(node as Sentence)) {
        const position = positions.positions[reading.position]!
        const previous = seen.get(reading.position)
        if (previous === undefined) {
          seen.set(reading.position, reading.stance)
          atOf.set(reading.position, post!.lines.point(reading.start))
        } else if (previous !== reading.stance) seen.set(reading.position, 0)
        const declared = position.stance === 'support' ? 1 : -1
        if (reading.stance === declared) continue
        report(file, meta, {
          messageId: 'contradiction',
          span: {start: reading.start, end: reading.end},
          data: {
            reading: {fragment: reading.stance === 1 ? 'supporting' : 'opposing'},
            topic: position.topic,
            evidence: text.slice(reading.start, reading.end).replace(/\s+/gu, ' '),
            declared: {fragment: position.stance === 'support' ? 'supports' : 'opposes'}
          }
        })
      }
    }
    visit(tree as never)
    const summary: Summary = {stances: []}
    for (const [index, stance] of seen) {
      if (stance !== 0) summary.stances.push({topic: positions.positions[index]!.topic, stance, at: atOf.get(index)!})
    }
    if (summary.stances.length > 0) keepSummary(file, meta, summary)

    function reportLean(position: number, words: readonly LeaningWord[]) {
      const locale = localeOf(file)
      const evidence = listOf(
        words.map(({word, own, opponents, ratio}) =>
          textOf(
            own === 0
              ? {fragment: 'only-theirs', data: {word: quote(word, locale), count: formatNumber(opponents, locale)}}
              : {fragment: 'more-often', data: {word: quote(word, locale), ratio: formatNumber(Math.round(ratio), locale)}},
            locale,
            meta.fragments
          )
        ),
        locale,
        'conjunction'
      )
      report(file, meta, {
        messageId: 'opponents-wording',
        span: {start: words[0]!.start, end: words[0]!.end},
        data: {topic: values!.positions![position]!.topic, evidence}
      })
    }

    function preferredTerms(map: Record<string, string> | undefined) {
      if (!map || Object.keys(map).length === 0) return
      const matcher = preferredMatcher(map)
      for (const sentence of proseSentences(tree as Root, text)) {
        for (const [entry, first, last] of matcher.match(sentence.lower)) {
          if (sentence.words[first]!.quoted) continue
          const start = sentence.words[first]!.start
          const end = sentence.words[last]!.end
          const actual = text.slice(start, end)
          const expected = /^\p{Lu}/u.test(actual) ? entry.replace[0]!.toUpperCase() + entry.replace.slice(1) : entry.replace
          report(file, meta, {messageId: 'preferred-term', span: {start, end}, actual, expected: [expected], data: {actual, expected}, fix: {range: [start, end], text: expected}})
        }
      }
    }
  }
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value)
}

const preferredCache = new WeakMap<object, PhraseMatcher<{phrase: string; replace: string}>>()
function preferredMatcher(map: Record<string, string>) {
  let matcher = preferredCache.get(map)
  if (!matcher) {
    matcher = new PhraseMatcher(Object.entries(map).map(([phrase, replace]) => ({phrase, replace})))
    preferredCache.set(map, matcher)
  }
  return matcher
}

function compare(posts: PostSummary[]): CrossFinding[] {
  type Stance = {post: PostSummary; stance: 1 | -1; at: {line: number; column: number}}
  const byTopic = new Map<string, Stance[]>()
  for (const post of posts) {
    for (const {topic, stance, at} of (post.summary as Summary).stances) {
      const list = byTopic.get(topic)
      if (list) list.push({post, stance, at})
      else byTopic.set(topic, [{post, stance, at}])
    }
  }
  const findings: CrossFinding[] = []
  const reading = (stance: number) => ({fragment: stance === 1 ? 'supporting' : 'opposing'})
  for (const [topic, list] of byTopic) {
    const firstSupport = list.find((entry) => entry.stance === 1)
    const firstOppose = list.find((entry) => entry.stance === -1)
    if (!firstSupport || !firstOppose) continue
    for (const entry of list) {
      const other = entry.stance === 1 ? firstOppose : firstSupport
      findings.push({
        post: entry.post.index,
        messageId: 'cross-post',
        data: {reading: reading(entry.stance), topic, other: other.post.path, otherReading: reading(other.stance)},
        at: entry.at
      })
    }
  }
  return findings
}

export const rule: RuleModule = {
  meta,
  attacher,
  crossPost: {compare},
  learning: {
    learn: (sides, {values}) => learnContrast(sides, (values ?? {}) as Values),
    explain: (learned, {values}) => explainContrast(learned as ContrastModel, (values ?? {}) as Values)
  }
}
