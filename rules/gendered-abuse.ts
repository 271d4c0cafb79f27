// gendered-abuse: an official account never publishes gendered slurs, contempt
// for women, sexualised or appearance remarks, sexist stereotypes, belittling
// address or threats; and a post that quotes such abuse to condemn it is not reported as
// abuse. Each sentence is read by its structure (rules/lib/abuse-context.ts):
// a word counts when it is aimed at a woman, and a name is never a slur.
import type {Root} from 'nlcst'
import {compileLexicon, type AbuseLexicon, type Category, type LexiconFile} from './lib/abuse-lexicon.js'
import {SentenceReader} from './lib/abuse-context.js'
import {loadLexicon} from './lib/lexicon.js'
import {proseSentences, quoteChecker} from './lib/prose.js'
import {SentenceView} from './lib/sentence-view.js'
import {fold} from './lib/text.js'
import {report} from './report.js'
import type {PostLanguage, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'gendered-abuse',
  name: {en: 'Gendered abuse', es: 'Violencia machista', fr: 'Violence sexiste', pt: 'Violência machista'},
  description: {
    en: 'Posts never carry gendered abuse: slurs, contempt for women, sexualised or appearance remarks, sexist stereotypes, belittling address, threats.',
    es: 'Las publicaciones nunca contienen violencia machista: insultos machistas, desprecio hacia las mujeres, comentarios sexualizados o sobre el físico, estereotipos sexistas, tratamientos condescendientes ni amenazas.',
    fr: 'Les publications ne contiennent jamais de violence sexiste : insultes sexistes, mépris envers les femmes, remarques sexualisées ou sur le physique, stéréotypes sexistes, formules condescendantes, menaces.',
    pt: 'As publicações nunca trazem violência machista: xingamentos machistas, desprezo pelas mulheres, comentários sexualizados ou sobre a aparência, estereótipos sexistas, tratamentos depreciativos, ameaças.'
  },
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
        description: 'Words the office uses in a reclaimed or local sense (e.g. a community’s self-label, or “rapariga” in Portugal).'
      },
      quotedSlurs: {
        type: 'boolean',
        default: true,
        description: 'In a post that quotes or reports a slur, suggest masking it (“b***h”) instead of repeating it.'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {allow: [], quotedSlurs: true},
  fixable: false,
  messages: {
    slur: {
      en: '“{{term}}” is a gendered slur ({{reason}}). Never publish it: criticise what she says or does, not her sex.',
      es: '«{{term}}» es un insulto machista ({{reason}}). No lo publique nunca: critique lo que ella dice o hace, no que sea mujer.',
      fr: '«\u00a0{{term}}\u00a0» est une insulte sexiste ({{reason}}). Ne la publiez jamais : critiquez ce qu’elle dit ou fait, pas le fait qu’elle soit une femme.',
      pt: '“{{term}}” é um xingamento machista ({{reason}}). Nunca o publique: critique o que ela diz ou faz, não o fato de ser mulher.'
    },
    misogyny: {
      en: '“{{term}}” is contempt for women ({{reason}}). An official account never publishes it: speak against it instead.',
      es: '«{{term}}» es desprecio hacia las mujeres ({{reason}}). Una cuenta oficial nunca lo publica: pronúnciese en su contra.',
      fr: '«\u00a0{{term}}\u00a0» exprime du mépris envers les femmes ({{reason}}). Un compte officiel ne publie jamais cela : dénoncez-le plutôt.',
      pt: '“{{term}}” é desprezo pelas mulheres ({{reason}}). Uma conta oficial nunca publica isso: posicione-se contra.'
    },
    sexualised: {
      en: '“{{term}}” sexualises a woman in public life ({{reason}}). Talk about her work and positions instead.',
      es: '«{{term}}» sexualiza a una mujer con vida pública ({{reason}}). Hable de su trabajo y de sus posturas.',
      fr: '«\u00a0{{term}}\u00a0» sexualise une femme engagée dans la vie publique ({{reason}}). Parlez plutôt de son travail et de ses positions.',
      pt: '“{{term}}” sexualiza uma mulher da vida pública ({{reason}}). Fale do trabalho e dos posicionamentos dela.'
    },
    appearance: {
      en: '“{{term}}” comments on a woman’s looks ({{reason}}); even kind remarks on appearance cost women in politics credibility. Talk about her work instead.',
      es: '«{{term}}» comenta el físico de una mujer ({{reason}}); hasta un comentario amable sobre la apariencia resta credibilidad a las mujeres en política. Hable de su trabajo.',
      fr: '«\u00a0{{term}}\u00a0» commente le physique d’une femme ({{reason}}) ; même aimable, une remarque sur l’apparence coûte de la crédibilité aux femmes en politique. Parlez plutôt de son travail.',
      pt: '“{{term}}” comenta a aparência de uma mulher ({{reason}}); até um comentário gentil sobre a aparência tira credibilidade das mulheres na política. Fale do trabalho dela.'
    },
    stereotype: {
      en: '“{{term}}” is a sexist stereotype ({{reason}}). Would you say it of a man? Answer her argument instead.',
      es: '«{{term}}» es un estereotipo sexista ({{reason}}). ¿Lo diría de un hombre? Responda a su argumento.',
      fr: '«\u00a0{{term}}\u00a0» est un stéréotype sexiste ({{reason}}). Le diriez-vous d’un homme ? Répondez plutôt à son argument.',
      pt: '“{{term}}” é um estereótipo sexista ({{reason}}). Você diria isso de um homem? Responda ao argumento dela.'
    },
    belittling: {
      en: '“{{term}}” talks down to a woman in public life ({{reason}}). Address her by her title and name.',
      es: '«{{term}}» trata con condescendencia a una mujer con vida pública ({{reason}}). Diríjase a ella por su cargo y su nombre.',
      fr: '«\u00a0{{term}}\u00a0» prend de haut une femme engagée dans la vie publique ({{reason}}). Adressez-vous à elle par sa fonction et son nom.',
      pt: '“{{term}}” trata com condescendência uma mulher da vida pública ({{reason}}). Dirija-se a ela pelo cargo e pelo nome.'
    },
    threat: {
      en: '“{{term}}” reads as a threat ({{reason}}). Threats of violence are never acceptable from an official account, even as a joke: remove it.',
      es: '«{{term}}» se lee como una amenaza ({{reason}}). Una cuenta oficial nunca puede amenazar con violencia, ni en broma: elimínelo.',
      fr: '«\u00a0{{term}}\u00a0» se lit comme une menace ({{reason}}). Une menace de violence n’est jamais acceptable sur un compte officiel, même pour rire : supprimez-la.',
      pt: '“{{term}}” soa como uma ameaça ({{reason}}). Ameaças de violência nunca são aceitáveis numa conta oficial, nem de brincadeira: remova o trecho.'
    },
    'repeated-slur': {
      en: 'Quoting “{{term}}” spreads the slur further, even to report or condemn it. Consider writing “{{masked}}”.',
      es: 'Citar «{{term}}» difunde aún más el insulto, aunque sea para denunciarlo. Considere escribir «{{masked}}».',
      fr: 'Citer «\u00a0{{term}}\u00a0» propage encore l’insulte, même pour la dénoncer. Écrivez plutôt «\u00a0{{masked}}\u00a0».',
      pt: 'Citar “{{term}}” espalha ainda mais o xingamento, mesmo para denunciá-lo. Considere escrever “{{masked}}”.'
    }
  },
  fragments: {
    'write-masked': {en: 'Write “{{masked}}”.', es: 'Escriba «{{masked}}».', fr: 'Écrivez «\u00a0{{masked}}\u00a0».', pt: 'Escreva “{{masked}}”.'}
  }
}

// Slurs, contempt for women and threats are errors; the other categories are warnings (the rule's severity caps them).
const ERROR_CATEGORIES = new Set<Category>(['slur', 'misogyny', 'threat'])
const HASHTAG = /#([\p{L}\p{N}_]+)/gu

/** The slur with its inner letters masked: "bitch" → "b***h". */
export function mask(term: string): string {
  return term.replace(/\p{L}+/gu, (word) => (word.length <= 2 ? word : word[0] + '*'.repeat(word.length - 2) + word.at(-1)))
}

const attacher: RuleAttacher = (raw) => {
  const options = raw as {allow: string[]; quotedSlurs: boolean}
  const allowed = new Set(options.allow.map((phrase) => fold(phrase)))
  const compiled = new Map<PostLanguage, AbuseLexicon | undefined>()
  const lexiconFor = (lang: PostLanguage): AbuseLexicon | undefined => {
    if (!compiled.has(lang)) {
      const data = loadLexicon<LexiconFile | undefined>(lang, 'gendered-abuse', undefined)
      compiled.set(lang, data && compileLexicon(data, allowed))
    }
    return compiled.get(lang)
  }

  return (tree, file) => {
    const lexicon = lexiconFor(file.data.post?.lang ?? 'und')
    if (!lexicon) return
    const text = String(file.value)
    const sentences = proseSentences(tree as Root, text).map((sentence) => new SentenceView(sentence, text))
    const inQuote = quoteChecker(text)
    // A campaign hashtag (#NotTheCost, #NiUnaMenos) says the post stands against the abuse it quotes.
    const campaign = [...text.matchAll(HASHTAG)].some((match) => lexicon.hashtags.has(fold(match[1]!)))
    const condemning = new Map<number, boolean>()
    const condemns = (index: number) => {
      const sentence = sentences[index]
      if (!sentence) return false
      if (!condemning.has(index)) condemning.set(index, lexicon.condemnation.some((pattern) => pattern.test(sentence.sentenceText)))
      return condemning.get(index)!
    }

    sentences.forEach((view, index) => {
      for (const finding of new SentenceReader(view, lexicon, inQuote).findings()) {
        const term = text.slice(finding.start, finding.end)
        // Someone else's words (quoted, reported), or abuse that this sentence, the last or the next condemns.
        const mentioned = finding.named || (!finding.addressed && (campaign || condemns(index) || condemns(index - 1) || condemns(index + 1)))
        if (!mentioned) {
          const reason = lexicon.reasons[finding.reason] ?? finding.reason
          report(file, meta, {messageId: finding.category, span: finding, data: {term, reason}, warningOnly: !ERROR_CATEGORIES.has(finding.category)})
        } else if (finding.category === 'slur' && options.quotedSlurs) {
          const masked = mask(term)
          const fix = {range: [finding.start, finding.end] as [number, number], text: masked}
          report(file, meta, {messageId: 'repeated-slur', span: finding, data: {term, masked}, warningOnly: true, suggestions: [{desc: {fragment: 'write-masked', data: {masked}}, fix}]})
        }
      }
    })
  }
}

export const rule: RuleModule = {meta, attacher}
