// What the engine says itself (notices on files, directives that do nothing, fixes
// that could not be written, what it could not learn from or cache), in the four
// locales, worded as docs/glossary.md says.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  // run.ts
  ignored: {
    en: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.',
    es: 'Archivo ignorado porque coincide con un patrón de exclusión. Use "--no-ignore" para revisarlo de todos modos.',
    fr: 'Fichier ignoré, car il correspond à un motif d’exclusion. Utilisez "--no-ignore" pour le vérifier quand même.',
    pt: 'Arquivo ignorado porque corresponde a um padrão de exclusão. Use "--no-ignore" para verificá-lo mesmo assim.'
  },
  historySkipped: {
    en: 'History post skipped: {{where}}: {{problem}}',
    es: 'Se omitió una publicación ya publicada: {{where}}: {{problem}}',
    fr: 'Publication déjà parue ignorée : {{where}} : {{problem}}',
    pt: 'Publicação já publicada ignorada: {{where}}: {{problem}}'
  },
  /** A row of an export file, in the messages above and below. */
  fileLine: {en: '{{file}} line {{line}}', es: '{{file}}, línea {{line}}', fr: '{{file}}, ligne {{line}}', pt: '{{file}}, linha {{line}}'},

  // learn.ts
  opponentsSkipped: {
    en: 'Opponents’ post skipped: {{where}}: {{problem}}',
    es: 'Se omitió una publicación de los adversarios: {{where}}: {{problem}}',
    fr: 'Publication d’un adversaire ignorée : {{where}} : {{problem}}',
    pt: 'Publicação dos adversários ignorada: {{where}}: {{problem}}'
  },
  historyNotFound: {
    en: 'History posts not found: "{{name}}"; nothing is learned from them.',
    es: 'No se encontraron las publicaciones ya publicadas "{{name}}"; no se aprende nada de ellas.',
    fr: 'Publications déjà parues introuvables : "{{name}}" ; rien n’en est appris.',
    pt: 'As publicações já publicadas não foram encontradas: "{{name}}"; nada é aprendido com elas.'
  },
  opponentsNotFound: {
    en: 'Opponents’ posts not found: "{{name}}"; nothing is learned from them.',
    es: 'No se encontraron las publicaciones de los adversarios "{{name}}"; no se aprende nada de ellas.',
    fr: 'Publications des adversaires introuvables : "{{name}}" ; rien n’en est appris.',
    pt: 'As publicações dos adversários não foram encontradas: "{{name}}"; nada é aprendido com elas.'
  },
  noHistory: {
    en: 'The config names "opponents" but no posts of the office ("history") to compare them with: nothing is learned.',
    es: 'La configuración indica "opponents" pero ninguna publicación del despacho ("history") con la que compararlas: no se aprende nada.',
    fr: 'La configuration indique des "opponents" mais aucune publication du bureau ("history") à laquelle les comparer : rien n’est appris.',
    pt: 'A configuração indica "opponents", mas nenhuma publicação do gabinete ("history") para comparar: nada é aprendido.'
  },

  // lint.ts and processor.ts: parllint's own bugs, said so.
  splitFailed: {
    en: 'parllint could not split this post into sentences and words ({{detail}}). Please report this bug with the post.',
    es: 'parllint no pudo dividir esta publicación en oraciones y palabras ({{detail}}). Informe de este error junto con la publicación, por favor.',
    fr: 'parllint n’a pas pu découper cette publication en phrases et en mots ({{detail}}). Merci de signaler ce bogue en joignant la publication.',
    pt: 'O parllint não conseguiu dividir esta publicação em frases e palavras ({{detail}}). Informe este erro junto com a publicação, por favor.'
  },
  ruleFailed: {
    en: 'Rule {{rule}} failed on this post: {{detail}}. Please report this bug.',
    es: 'La regla {{rule}} falló en esta publicación: {{detail}}. Informe de este error, por favor.',
    fr: 'La règle {{rule}} a échoué sur cette publication : {{detail}}. Merci de signaler ce bogue.',
    pt: 'A regra {{rule}} falhou nesta publicação: {{detail}}. Informe este erro, por favor.'
  },

  // directives.ts
  unknownRule: {
    en: 'Unknown rule "{{rule}}" in this parllint-{{kind}} comment.{{suggestion}}',
    es: 'Regla desconocida "{{rule}}" en este comentario parllint-{{kind}}.{{suggestion}}',
    fr: 'Règle inconnue "{{rule}}" dans ce commentaire parllint-{{kind}}.{{suggestion}}',
    pt: 'Regra desconhecida "{{rule}}" neste comentário parllint-{{kind}}.{{suggestion}}'
  },
  unusedDirective: {
    en: 'Unused parllint-{{kind}} comment (no problems were reported). Remove it.',
    es: 'Comentario parllint-{{kind}} sin efecto (no se informó ningún problema). Elimínelo.',
    fr: 'Commentaire parllint-{{kind}} inutile (aucun problème n’a été signalé). Supprimez-le.',
    pt: 'Comentário parllint-{{kind}} sem efeito (nenhum problema foi apontado). Remova-o.'
  },
  unusedDirectiveFor: {
    en: 'Unused parllint-{{kind}} comment (no problems were reported from {{rules}}). Remove it.',
    es: 'Comentario parllint-{{kind}} sin efecto (no se informó ningún problema de {{rules}}). Elimínelo.',
    fr: 'Commentaire parllint-{{kind}} inutile (aucun problème de {{rules}} n’a été signalé). Supprimez-le.',
    pt: 'Comentário parllint-{{kind}} sem efeito (nenhum problema de {{rules}} foi apontado). Remova-o.'
  },

  // write.ts
  notWritten: {
    en: 'The fixes were not written, and the draft is unchanged ({{why}}).',
    es: 'Las correcciones no se guardaron y el borrador no cambió ({{why}}).',
    fr: 'Les corrections n’ont pas été écrites et le brouillon est inchangé ({{why}}).',
    pt: 'As correções não foram gravadas e o rascunho não mudou ({{why}}).'
  },
  readOnly: {
    en: 'This draft is read-only, so its fixes were not written and it is unchanged. Make it writable and run parllint --fix again.',
    es: 'Este borrador es de solo lectura, así que sus correcciones no se guardaron y no cambió. Permita que se pueda modificar y vuelva a ejecutar parllint --fix.',
    fr: 'Ce brouillon est en lecture seule : ses corrections n’ont donc pas été écrites et il est inchangé. Rendez-le modifiable et relancez parllint --fix.',
    pt: 'Este rascunho é somente leitura, por isso as correções não foram gravadas e ele não mudou. Permita a gravação e execute o parllint --fix de novo.'
  },
  mayNotWrite: {
    en: 'You may not write this draft ({{why}}), so its fixes were not written and it is unchanged.',
    es: 'No tiene permiso para escribir en este borrador ({{why}}), así que sus correcciones no se guardaron y no cambió.',
    fr: 'Vous n’avez pas le droit de modifier ce brouillon ({{why}}) : ses corrections n’ont donc pas été écrites et il est inchangé.',
    pt: 'Você não tem permissão para gravar este rascunho ({{why}}), por isso as correções não foram gravadas e ele não mudou.'
  },
  beingFixed: {
    en: 'The fixes were not written, and the draft is unchanged: another parllint is fixing it ({{file}} exists).',
    es: 'Las correcciones no se guardaron y el borrador no cambió: otro parllint lo está corrigiendo (existe {{file}}).',
    fr: 'Les corrections n’ont pas été écrites et le brouillon est inchangé : un autre parllint est en train de le corriger ({{file}} existe).',
    pt: 'As correções não foram gravadas e o rascunho não mudou: outro parllint está corrigindo o rascunho ({{file}} existe).'
  },
  notWrittenInPlace: {
    en: 'The fixes were not written ({{why}}).',
    es: 'Las correcciones no se guardaron ({{why}}).',
    fr: 'Les corrections n’ont pas été écrites ({{why}}).',
    pt: 'As correções não foram gravadas ({{why}}).'
  },

  // cache.ts and model-cache.ts
  cacheNotSaved: {
    en: 'The cache was not saved ({{why}}); the next run lints every draft again.',
    es: 'La caché no se guardó ({{why}}); la próxima ejecución volverá a revisar todos los borradores.',
    fr: 'Le cache n’a pas été enregistré ({{why}}) ; la prochaine exécution vérifiera de nouveau tous les brouillons.',
    pt: 'O cache não foi salvo ({{why}}); a próxima execução vai verificar todos os rascunhos de novo.'
  },
  learnedNotCached: {
    en: 'What was learned from the office\'s and its opponents\' posts was not cached ({{why}}); the next run learns it again.',
    es: 'Lo aprendido de las publicaciones del despacho y de sus adversarios no se guardó en caché ({{why}}); la próxima ejecución volverá a aprenderlo.',
    fr: 'Ce qui a été appris des publications du bureau et de ses adversaires n’a pas été mis en cache ({{why}}) ; la prochaine exécution l’apprendra de nouveau.',
    pt: 'O que foi aprendido com as publicações do gabinete e dos adversários não foi guardado em cache ({{why}}); a próxima execução vai aprender tudo de novo.'
  }
} satisfies Record<string, Translated>
