// language: a post whose language is declared (its front matter, or a language
// the config fixes) but whose text is clearly in another of the four gets a
// warning, because every language check would run in the wrong language. The
// engine decides and detects the language; this rule only reads its decision.
import type {Root} from 'nlcst'
import {proseSentences} from './lib/prose.js'
import {report} from './report.js'
import type {RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'language',
  name: {en: 'Language', es: 'Idioma', fr: 'Langue', pt: 'Idioma'},
  description: {
    en: 'A post declared in one language is written in it, so every check reads it in the right language.',
    es: 'Una publicación declarada en un idioma está escrita en ese idioma, para que cada revisión la lea en el idioma correcto.',
    fr: 'Une publication déclarée dans une langue est bien écrite dans cette langue, pour que chaque vérification la lise dans la bonne langue.',
    pt: 'Uma publicação declarada em um idioma está escrita nele, para que cada verificação a leia no idioma certo.'
  },
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Posts should be plain and clear to the followers they are written for; a post can only be checked in the language it is written in.'
  },
  docs: 'docs/rules/language.md',
  defaultSeverity: 'warn',
  schema: {type: 'object', properties: {}, additionalProperties: false},
  defaultOptions: {},
  fixable: false,
  messages: {
    mismatch: {
      en: 'This post is declared as {{declared}} ({{where}}), but it is written in {{detected}}, so parllint checks it in the wrong language. Correct the language, or remove it and let parllint detect it.',
      es: 'Esta publicación está declarada en {{declared}} ({{where}}), pero está escrita en {{detected}}, así que parllint la revisa en el idioma equivocado. Corrija el idioma, o quítelo y deje que parllint lo detecte.',
      fr: 'Cette publication est déclarée en {{declared}} ({{where}}), mais elle est rédigée en {{detected}} : parllint la vérifie donc dans la mauvaise langue. Corrigez la langue, ou retirez-la pour que parllint la détecte.',
      pt: 'Esta publicação está declarada em {{declared}} ({{where}}), mas está escrita em {{detected}}, por isso o parllint a verifica no idioma errado. Corrija o idioma ou remova-o para que o parllint o detecte.'
    }
  },
  fragments: {
    en: {en: 'English', es: 'inglés', fr: 'anglais', pt: 'inglês'},
    es: {en: 'Spanish', es: 'español', fr: 'espagnol', pt: 'espanhol'},
    fr: {en: 'French', es: 'francés', fr: 'français', pt: 'francês'},
    pt: {en: 'Portuguese', es: 'portugués', fr: 'portugais', pt: 'português'},
    'front-matter': {en: '“lang: {{code}}” in its front matter', es: '«lang: {{code}}» en su encabezado', fr: '«\u00a0lang: {{code}}\u00a0» dans son en-tête', pt: '“lang: {{code}}” no cabeçalho'},
    config: {en: '“"lang": "{{code}}"” in the config', es: '«"lang": "{{code}}"» en la configuración', fr: '«\u00a0"lang": "{{code}}"\u00a0» dans la configuration', pt: '“"lang": "{{code}}"” na configuração'}
  }
}

const attacher: RuleAttacher = () => (tree, file) => {
  const post = file.data.post
  const decision = post?.language
  // Only a declared language among the four can be found wrong (a detector confuses Catalan and Spanish);
  // detection is sure only on posts long enough to tell.
  if (!post || !decision || post.lang === 'und' || decision.source === 'detected' || decision.source === 'fallback') return
  if (!decision.detected || decision.detected === post.lang) return
  const first = proseSentences(tree as Root, String(file.value))[0]
  if (!first) return
  report(file, meta, {
    messageId: 'mismatch',
    span: {start: first.start, end: first.end},
    data: {
      declared: {fragment: post.lang},
      where: {fragment: decision.source, data: {code: decision.code}},
      detected: {fragment: decision.detected}
    }
  })
}

export const rule: RuleModule = {meta, attacher}
