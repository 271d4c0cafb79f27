// What parllint says about a config (load.ts) and what is wrong in it (validate.ts),
// in the four locales, worded as docs/glossary.md says. Config keys and values stay
// as written, in straight quotes, as in the file.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  // load.ts
  invalid: {
    en: 'Invalid config in {{file}}: {{problem}}.',
    es: 'Configuración no válida en {{file}}: {{problem}}.',
    fr: 'Configuration non valide dans {{file}} : {{problem}}.',
    pt: 'Configuração inválida em {{file}}: {{problem}}.'
  },
  unreadable: {
    en: 'Cannot read config {{file}} ({{why}}).',
    es: 'No se puede leer la configuración {{file}} ({{why}}).',
    fr: 'Impossible de lire la configuration {{file}} ({{why}}).',
    pt: 'Não é possível ler a configuração {{file}} ({{why}}).'
  },
  /** `detail` is the parser's own sentence (JSON, YAML or JavaScript), in English. */
  unparsable: {
    en: 'Cannot read config {{file}}: {{detail}}',
    es: 'No se puede leer la configuración {{file}}: {{detail}}',
    fr: 'Impossible de lire la configuration {{file}} : {{detail}}',
    pt: 'Não é possível ler a configuração {{file}}: {{detail}}'
  },
  ruleFlagShape: {
    en: 'Invalid --rule "{{flag}}": expected rule-id:severity, e.g. plain-language:off.',
    es: '--rule "{{flag}}" no es válido: se esperaba id-de-regla:gravedad, por ejemplo plain-language:off.',
    fr: '--rule "{{flag}}" non valide : la forme attendue est id-de-règle:gravité, par exemple plain-language:off.',
    pt: '--rule "{{flag}}" inválido: esperava-se id-da-regra:gravidade, por exemplo plain-language:off.'
  },
  ruleFlagJson: {
    en: 'Invalid --rule "{{flag}}": the part after "{{id}}:" is not valid JSON.',
    es: '--rule "{{flag}}" no es válido: lo que sigue a "{{id}}:" no es JSON válido.',
    fr: '--rule "{{flag}}" non valide : ce qui suit "{{id}}:" n’est pas du JSON valide.',
    pt: '--rule "{{flag}}" inválido: o trecho depois de "{{id}}:" não é um JSON válido.'
  },
  ruleFlagInvalid: {
    en: 'Invalid --rule "{{flag}}": {{problem}}.',
    es: '--rule "{{flag}}" no es válido: {{problem}}.',
    fr: '--rule "{{flag}}" non valide : {{problem}}.',
    pt: '--rule "{{flag}}" inválido: {{problem}}.'
  },

  // validate.ts: a problem, without its full stop (the caller ends the sentence).
  unknownKey: {
    en: '"{{key}}" is not a known key.{{suggestion}} Allowed: {{allowed}}',
    es: '"{{key}}" no es una clave conocida.{{suggestion}} Claves admitidas: {{allowed}}',
    fr: '"{{key}}" n’est pas une clé connue.{{suggestion}} Clés acceptées : {{allowed}}',
    pt: '"{{key}}" não é uma chave conhecida.{{suggestion}} Chaves aceitas: {{allowed}}'
  },
  unknownRule: {
    en: '"{{key}}" is not a known rule.{{suggestion}} Allowed: {{allowed}}',
    es: '"{{key}}" no es una regla conocida.{{suggestion}} Reglas admitidas: {{allowed}}',
    fr: '"{{key}}" n’est pas une règle connue.{{suggestion}} Règles acceptées : {{allowed}}',
    pt: '"{{key}}" não é uma regra conhecida.{{suggestion}} Regras aceitas: {{allowed}}'
  },
  missingKey: {
    en: '"{{key}}" is missing from {{where}}',
    es: 'falta "{{key}}" en {{where}}',
    fr: '"{{key}}" manque dans {{where}}',
    pt: 'falta "{{key}}" em {{where}}'
  },
  missingTopKey: {
    en: '"{{key}}" is missing from the config',
    es: 'falta "{{key}}" en la configuración',
    fr: '"{{key}}" manque dans la configuration',
    pt: 'falta "{{key}}" na configuração'
  },
  wrongValue: {
    en: '"{{key}}" is {{value}}; expected {{expected}}',
    es: '"{{key}}" vale {{value}}; se esperaba {{expected}}',
    fr: '"{{key}}" vaut {{value}} ; attendu : {{expected}}',
    pt: '"{{key}}" é {{value}}; esperava-se {{expected}}'
  },
  oneOf: {en: 'one of {{values}}', es: 'uno de estos valores: {{values}}', fr: 'l’une de ces valeurs : {{values}}', pt: 'um destes valores: {{values}}'},
  atLeast: {en: 'a number of at least {{min}}', es: 'un número mayor o igual que {{min}}', fr: 'un nombre supérieur ou égal à {{min}}', pt: 'um número maior ou igual a {{min}}'},
  atMost: {en: 'a number of at most {{max}}', es: 'un número menor o igual que {{max}}', fr: 'un nombre inférieur ou égal à {{max}}', pt: 'um número menor ou igual a {{max}}'},
  nonEmpty: {en: 'a non-empty text', es: 'un texto no vacío', fr: 'un texte non vide', pt: 'um texto não vazio'},
  'atLeastItems-one': {en: 'a list of at least {{count}} item', es: 'una lista de al menos {{count}} elemento', fr: 'une liste d’au moins {{count}} élément', pt: 'uma lista de pelo menos {{count}} item'},
  'atLeastItems-other': {en: 'a list of at least {{count}} items', es: 'una lista de al menos {{count}} elementos', fr: 'une liste d’au moins {{count}} éléments', pt: 'uma lista de pelo menos {{count}} itens'},
  'atMostItems-one': {en: 'a list of at most {{count}} item', es: 'una lista de {{count}} elemento como máximo', fr: 'une liste d’au plus {{count}} élément', pt: 'uma lista de no máximo {{count}} item'},
  'atMostItems-other': {en: 'a list of at most {{count}} items', es: 'una lista de {{count}} elementos como máximo', fr: 'une liste d’au plus {{count}} éléments', pt: 'uma lista de no máximo {{count}} itens'},
  noRepeats: {
    en: 'a list without repeats ({{item}} is there twice)',
    es: 'una lista sin repeticiones ({{item}} aparece dos veces)',
    fr: 'une liste sans doublons ({{item}} y figure deux fois)',
    pt: 'uma lista sem repetições ({{item}} aparece duas vezes)'
  },
  // Between the kinds of value a key takes: "a text or a number"; "...", or [...]".
  or: {en: ' or ', es: ' o ', fr: ' ou ', pt: ' ou '},
  orLast: {en: ', or ', es: ', o ', fr: ', ou ', pt: ', ou '}
} satisfies Record<string, Translated>

/** What a value of each JSON type is called, in validate.ts's messages. */
export const TYPES = {
  array: {en: 'a list', es: 'una lista', fr: 'une liste', pt: 'uma lista'},
  object: {en: 'an object', es: 'un objeto', fr: 'un objet', pt: 'um objeto'},
  string: {en: 'a text', es: 'un texto', fr: 'un texte', pt: 'um texto'},
  number: {en: 'a number', es: 'un número', fr: 'un nombre', pt: 'um número'},
  integer: {en: 'a whole number', es: 'un número entero', fr: 'un nombre entier', pt: 'um número inteiro'},
  boolean: {en: 'true or false', es: 'true o false', fr: 'true ou false', pt: 'true ou false'}
} satisfies Record<string, Translated>
