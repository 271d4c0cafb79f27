// What parllint says about a draft's front matter (front-matter.ts) and its Markdown
// (markdown.ts), in the four locales, worded as docs/glossary.md says. Keys and values
// of the front matter stay as written, in straight quotes.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  // front-matter.ts
  notClosed: {
    en: 'Front matter is not closed: add a line with only "---" after it.',
    es: 'El encabezado (front matter) no está cerrado: añada después una línea que solo contenga "---".',
    fr: 'L’en-tête (front matter) n’est pas fermé : ajoutez après lui une ligne ne contenant que "---".',
    pt: 'O cabeçalho (front matter) não está fechado: acrescente depois dele uma linha só com "---".'
  },
  /** `detail` is the YAML parser's own message, in English. */
  notYaml: {
    en: 'Front matter is not valid YAML: {{detail}}',
    es: 'El encabezado (front matter) no es YAML válido: {{detail}}',
    fr: 'L’en-tête (front matter) n’est pas du YAML valide : {{detail}}',
    pt: 'O cabeçalho (front matter) não é um YAML válido: {{detail}}'
  },
  notPairs: {
    en: 'Front matter must be "key: value" lines.',
    es: 'El encabezado (front matter) debe estar formado por líneas "clave: valor".',
    fr: 'L’en-tête (front matter) doit être fait de lignes "clé: valeur".',
    pt: 'O cabeçalho (front matter) deve ser feito de linhas "chave: valor".'
  },
  unknownKey: {
    en: 'Unknown front matter key "{{key}}" (ignored). Known keys: {{keys}}.',
    es: 'Clave desconocida en el encabezado (front matter): "{{key}}" (se ignora). Claves conocidas: {{keys}}.',
    fr: 'Clé inconnue dans l’en-tête (front matter) : "{{key}}" (ignorée). Clés connues : {{keys}}.',
    pt: 'Chave desconhecida no cabeçalho (front matter): "{{key}}" (ignorada). Chaves conhecidas: {{keys}}.'
  },
  wrongValue: {
    en: 'Front matter "{{key}}" is {{value}}; expected {{expected}}.',
    es: 'En el encabezado (front matter), "{{key}}" vale {{value}}; se esperaba {{expected}}.',
    fr: 'Dans l’en-tête (front matter), "{{key}}" vaut {{value}} ; attendu : {{expected}}.',
    pt: 'No cabeçalho (front matter), "{{key}}" é {{value}}; esperava-se {{expected}}.'
  },

  // markdown.ts
  tooMuchMarkup: {
    en: 'This Markdown has more markup than parllint can read quickly ({{why}}), so it was linted as plain text.',
    es: 'Este Markdown tiene más marcas de formato de las que parllint puede leer con rapidez ({{why}}), así que se revisó como texto sin formato.',
    fr: 'Ce Markdown contient plus de balisage que parllint ne peut en lire rapidement ({{why}}) : il a donc été vérifié comme du texte brut.',
    pt: 'Este Markdown tem mais marcação do que o parllint consegue ler rapidamente ({{why}}), por isso foi verificado como texto simples.'
  },
  tooManyMarks: {
    en: '{{count}} emphasis marks and link brackets; the limit is {{limit}}',
    es: '{{count}} marcas de énfasis y corchetes de enlace; el límite es {{limit}}',
    fr: '{{count}} marques d’emphase et crochets de lien ; la limite est de {{limit}}',
    pt: '{{count}} marcas de ênfase e colchetes de link; o limite é {{limit}}'
  },
  tooDeep: {
    en: 'quotes and lists nested {{depth}} deep; the limit is {{limit}}',
    es: 'citas y listas anidadas en {{depth}} niveles; el límite es {{limit}}',
    fr: 'citations et listes imbriquées sur {{depth}} niveaux ; la limite est de {{limit}}',
    pt: 'citações e listas aninhadas em {{depth}} níveis; o limite é {{limit}}'
  }
} satisfies Record<string, Translated>

/** What a valid value of each front matter key is ("Front matter "kind" is "story"; expected post or profile."). */
export const EXPECTED = {
  platform: {en: 'one of {{values}}', es: 'uno de estos valores: {{values}}', fr: 'l’une de ces valeurs : {{values}}', pt: 'um destes valores: {{values}}'},
  lang: {
    en: 'one of {{values}}, or another language\'s ISO 639-1 code (ca, ht, qu...)',
    es: 'uno de estos valores: {{values}}, u otro código de idioma ISO 639-1 (ca, ht, qu...)',
    fr: 'l’une de ces valeurs : {{values}}, ou le code ISO 639-1 d’une autre langue (ca, ht, qu...)',
    pt: 'um destes valores: {{values}}, ou o código ISO 639-1 de outro idioma (ca, ht, qu...)'
  },
  author: {en: 'self, staff, or the writer’s initials', es: 'self, staff o las iniciales de quien lo escribió', fr: 'self, staff, ou les initiales de la personne qui l’a écrit', pt: 'self, staff ou as iniciais de quem escreveu'},
  reply: {en: 'true or false', es: 'true o false', fr: 'true ou false', pt: 'true ou false'},
  disable: {en: 'rule ids ({{values}})', es: 'ids de regla ({{values}})', fr: 'des ids de règle ({{values}})', pt: 'ids de regra ({{values}})'},
  kind: {en: 'post or profile', es: 'post o profile', fr: 'post ou profile', pt: 'post ou profile'},
  date: {en: 'a date such as 2026-03-02', es: 'una fecha como 2026-03-02', fr: 'une date comme 2026-03-02', pt: 'uma data como 2026-03-02'},
  scheduled: {
    en: 'a date and time such as 2026-03-02T09:00',
    es: 'una fecha y hora como 2026-03-02T09:00',
    fr: 'une date et une heure comme 2026-03-02T09:00',
    pt: 'uma data e hora como 2026-03-02T09:00'
  },
  media: {en: 'a list of {file, alt}', es: 'una lista de {file, alt}', fr: 'une liste de {file, alt}', pt: 'uma lista de {file, alt}'}
} satisfies Record<string, Translated>
