// What the language server itself says (code action titles, a draft it could not
// lint), in the four locales, worded as docs/glossary.md says.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  fix: {
    en: 'Fix this {{rule}} problem',
    es: 'Corrija este problema de {{rule}}',
    fr: 'Corrigez ce problème {{rule}}',
    pt: 'Corrija este problema de {{rule}}'
  },
  fixAll: {
    en: 'Fix all parllint problems',
    es: 'Corrija todos los problemas de parllint',
    fr: 'Corrigez tous les problèmes parllint',
    pt: 'Corrija todos os problemas do parllint'
  },
  disableLine: {
    en: 'Disable {{rule}} for this line',
    es: 'Desactive {{rule}} en esta línea',
    fr: 'Désactivez {{rule}} pour cette ligne',
    pt: 'Desative {{rule}} nesta linha'
  },
  disablePost: {
    en: 'Disable {{rule}} for this post',
    es: 'Desactive {{rule}} en esta publicación',
    fr: 'Désactivez {{rule}} pour cette publication',
    pt: 'Desative {{rule}} nesta publicação'
  },
  failed: {
    en: 'parllint could not check this draft: {{detail}}. Please report this bug.',
    es: 'parllint no pudo revisar este borrador: {{detail}}. Informe de este error, por favor.',
    fr: 'parllint n’a pas pu vérifier ce brouillon : {{detail}}. Merci de signaler ce bogue.',
    pt: 'O parllint não conseguiu verificar este rascunho: {{detail}}. Informe este erro, por favor.'
  }
} satisfies Record<string, Translated>
