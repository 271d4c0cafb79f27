// What the report formats people read say themselves (stylish's summary, the html
// report's labels), in the four locales, worded as docs/glossary.md says. The formats
// other programs parse (json, sarif, github, compact, junit) keep their fixed English
// words: only the rules' messages in them are translated.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  // Counts, by plural form (src/lang/messages.ts plural).
  'problems-one': {en: '{{count}} problem', es: '{{count}} problema', fr: '{{count}} problème', pt: '{{count}} problema'},
  'problems-other': {en: '{{count}} problems', es: '{{count}} problemas', fr: '{{count}} problèmes', pt: '{{count}} problemas'},
  'errors-one': {en: '{{count}} error', es: '{{count}} error', fr: '{{count}} erreur', pt: '{{count}} erro'},
  'errors-other': {en: '{{count}} errors', es: '{{count}} errores', fr: '{{count}} erreurs', pt: '{{count}} erros'},
  'warnings-one': {en: '{{count}} warning', es: '{{count}} advertencia', fr: '{{count}} avertissement', pt: '{{count}} aviso'},
  'warnings-other': {en: '{{count}} warnings', es: '{{count}} advertencias', fr: '{{count}} avertissements', pt: '{{count}} avisos'},

  // stylish.ts: the severity column, then the summary.
  'row-error': {en: 'error', es: 'error', fr: 'erreur', pt: 'erro'},
  'row-warning': {en: 'warning', es: 'advertencia', fr: 'avertissement', pt: 'aviso'},
  summary: {
    en: '{{problems}} ({{errors}}, {{warnings}})',
    es: '{{problems}} ({{errors}}, {{warnings}})',
    fr: '{{problems}} ({{errors}}, {{warnings}})',
    pt: '{{problems}} ({{errors}}, {{warnings}})'
  },
  fixable: {
    en: '{{errors}} and {{warnings}} potentially fixable with the `--fix` option.',
    es: '{{errors}} y {{warnings}} se podrían corregir con la opción `--fix`.',
    fr: '{{errors}} et {{warnings}} pourraient être corrigés avec l’option `--fix`.',
    pt: '{{errors}} e {{warnings}} poderiam ser corrigidos com a opção `--fix`.'
  },

  // html.ts
  title: {en: 'parllint report', es: 'Informe de parllint', fr: 'Rapport de parllint', pt: 'Relatório do parllint'},
  heading: {en: 'parllint: {{errors}}, {{warnings}}', es: 'parllint: {{errors}}, {{warnings}}', fr: 'parllint : {{errors}}, {{warnings}}', pt: 'parllint: {{errors}}, {{warnings}}'},
  ruleColumn: {en: 'Rule', es: 'Regla', fr: 'Règle', pt: 'Regra'},
  checksColumn: {en: 'What it checks', es: 'Qué revisa', fr: 'Ce qu’elle vérifie', pt: 'O que verifica'},
  problemsColumn: {en: 'Problems', es: 'Problemas', fr: 'Problèmes', pt: 'Problemas'},
  /** Problems that belong to no rule: the file's encoding, its front matter, its comments. */
  draftFile: {en: 'The draft file', es: 'El archivo del borrador', fr: 'Le fichier du brouillon', pt: 'O arquivo do rascunho'},
  draftFileChecks: {
    en: 'Problems with the file itself: its front matter, comments or encoding.',
    es: 'Problemas del propio archivo: su encabezado (front matter), sus comentarios o su codificación.',
    fr: 'Problèmes du fichier lui-même : son en-tête (front matter), ses commentaires ou son encodage.',
    pt: 'Problemas do próprio arquivo: o cabeçalho (front matter), os comentários ou a codificação.'
  },
  error: {en: 'Error', es: 'Error', fr: 'Erreur', pt: 'Erro'},
  warning: {en: 'Warning', es: 'Advertencia', fr: 'Avertissement', pt: 'Aviso'},
  line: {en: 'line {{line}}', es: 'línea {{line}}', fr: 'ligne {{line}}', pt: 'linha {{line}}'},
  clean: {en: 'No problems found.', es: 'No se encontraron problemas.', fr: 'Aucun problème trouvé.', pt: 'Nenhum problema encontrado.'},
  length: {
    en: '{{count}}/{{limit}} {{unit}} on {{platform}}',
    es: '{{count}}/{{limit}} {{unit}} en {{platform}}',
    fr: '{{count}}/{{limit}} {{unit}} sur {{platform}}',
    pt: '{{count}}/{{limit}} {{unit}} no {{platform}}'
  },
  partLength: {
    en: 'Part {{part}} of {{of}}: {{length}}',
    es: 'Parte {{part}} de {{of}}: {{length}}',
    fr: 'Partie {{part}} sur {{of}} : {{length}}',
    pt: 'Parte {{part}} de {{of}}: {{length}}'
  }
} satisfies Record<string, Translated>
