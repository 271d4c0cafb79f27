// Why a draft, a folder or an export could not be read (read.ts, find.ts, ignore.ts,
// exports.ts), in the four locales, worded as docs/glossary.md says.
import type {Translated} from '../lang/languages.js'

export const TEXTS = {
  // read.ts
  cannotReadFile: {
    en: 'Cannot read this file ({{why}}).',
    es: 'No se puede leer este archivo ({{why}}).',
    fr: 'Impossible de lire ce fichier ({{why}}).',
    pt: 'Não é possível ler este arquivo ({{why}}).'
  },
  notUtf16: {
    en: 'This file says it is UTF-16 text, but it is not. Save it as UTF-8 and run parllint again.',
    es: 'Este archivo se presenta como texto UTF-16, pero no lo es. Guárdelo en UTF-8 y vuelva a ejecutar parllint.',
    fr: 'Ce fichier se présente comme du texte UTF-16, mais il n’en est pas. Enregistrez-le en UTF-8 et relancez parllint.',
    pt: 'Este arquivo se apresenta como texto UTF-16, mas não é. Salve-o em UTF-8 e execute o parllint de novo.'
  },
  utf16WithoutBom: {
    en: 'This file is UTF-16 text (what Windows Notepad calls “Unicode”), not UTF-8. Save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8) and run parllint again.',
    es: 'Este archivo es texto UTF-16 (lo que el Bloc de notas de Windows llama «Unicode»), no UTF-8. Guárdelo en UTF-8 (en el Bloc de notas: Archivo, Guardar como, Codificación: UTF-8) y vuelva a ejecutar parllint.',
    fr: 'Ce fichier est du texte UTF-16 (ce que le Bloc-notes de Windows appelle « Unicode »), pas de l’UTF-8. Enregistrez-le en UTF-8 (dans le Bloc-notes : Fichier, Enregistrer sous, Encodage : UTF-8) et relancez parllint.',
    pt: 'Este arquivo é texto UTF-16 (o que o Bloco de Notas do Windows chama de “Unicode”), não UTF-8. Salve-o em UTF-8 (no Bloco de Notas: Arquivo, Salvar como, Codificação: UTF-8) e execute o parllint de novo.'
  },
  binary: {
    en: 'This file is binary, not a text draft: parllint lints .txt and .md drafts only.',
    es: 'Este archivo es binario, no un borrador de texto: parllint solo revisa borradores .txt y .md.',
    fr: 'Ce fichier est binaire, ce n’est pas un brouillon en texte : parllint ne vérifie que les brouillons .txt et .md.',
    pt: 'Este arquivo é binário, não um rascunho de texto: o parllint só verifica rascunhos .txt e .md.'
  },
  notUtf8: {
    en: 'This file is not UTF-8 text (byte 0x{{byte}} on line {{line}}). Save it with UTF-8 encoding and run parllint again.',
    es: 'Este archivo no es texto UTF-8 (byte 0x{{byte}} en la línea {{line}}). Guárdelo con codificación UTF-8 y vuelva a ejecutar parllint.',
    fr: 'Ce fichier n’est pas du texte UTF-8 (octet 0x{{byte}} à la ligne {{line}}). Enregistrez-le avec l’encodage UTF-8 et relancez parllint.',
    pt: 'Este arquivo não é texto UTF-8 (byte 0x{{byte}} na linha {{line}}). Salve-o com a codificação UTF-8 e execute o parllint de novo.'
  },

  // find.ts
  cannotReadFolder: {
    en: 'Cannot read this folder ({{why}}): the drafts in it were not linted.',
    es: 'No se puede leer esta carpeta ({{why}}): sus borradores no se revisaron.',
    fr: 'Impossible de lire ce dossier ({{why}}) : ses brouillons n’ont pas été vérifiés.',
    pt: 'Não é possível ler esta pasta ({{why}}): os rascunhos dela não foram verificados.'
  },
  cannotReadPath: {
    en: 'Cannot read this file or folder ({{why}}).',
    es: 'No se puede leer este archivo o carpeta ({{why}}).',
    fr: 'Impossible de lire ce fichier ou ce dossier ({{why}}).',
    pt: 'Não é possível ler este arquivo ou pasta ({{why}}).'
  },
  brokenLink: {
    en: 'it is a link to a file that does not exist',
    es: 'es un enlace a un archivo que no existe',
    fr: 'c’est un lien vers un fichier qui n’existe pas',
    pt: 'é um link para um arquivo que não existe'
  },
  noMatch: {
    en: 'No files match the pattern "{{pattern}}".',
    es: 'Ningún archivo coincide con el patrón "{{pattern}}".',
    fr: 'Aucun fichier ne correspond au motif "{{pattern}}".',
    pt: 'Nenhum arquivo corresponde ao padrão "{{pattern}}".'
  },
  noSuchPath: {
    en: 'No such file or folder: "{{path}}".',
    es: 'No existe el archivo o carpeta "{{path}}".',
    fr: 'Fichier ou dossier introuvable : "{{path}}".',
    pt: 'Arquivo ou pasta não encontrado: "{{path}}".'
  },

  // ignore.ts
  ignoreFile: {
    en: 'Cannot read {{file}} ({{why}}); its patterns were not applied.',
    es: 'No se puede leer {{file}} ({{why}}); sus patrones no se aplicaron.',
    fr: 'Impossible de lire {{file}} ({{why}}) ; ses motifs n’ont pas été appliqués.',
    pt: 'Não é possível ler {{file}} ({{why}}); os padrões dele não foram aplicados.'
  },

  // exports.ts: what is wrong with an export, or with one of its rows (a phrase; the caller ends the sentence).
  binaryExport: {
    en: 'This file is binary, not a text draft: an export is JSON Lines or CSV',
    es: 'Este archivo es binario, no de texto: una exportación está en JSON Lines o CSV',
    fr: 'Ce fichier est binaire, pas du texte : un export est au format JSON Lines ou CSV',
    pt: 'Este arquivo é binário, não de texto: uma exportação está em JSON Lines ou CSV'
  },
  notJson: {en: 'not valid JSON', es: 'no es JSON válido', fr: 'ce n’est pas du JSON valide', pt: 'não é um JSON válido'},
  noTextColumn: {
    en: 'no "text" column (the columns are {{columns}})',
    es: 'no hay columna "text" (las columnas son {{columns}})',
    fr: 'pas de colonne "text" (les colonnes sont {{columns}})',
    pt: 'não há coluna "text" (as colunas são {{columns}})'
  },
  noColumns: {
    en: 'no "text" column (the columns are missing)',
    es: 'no hay columna "text" (no hay ninguna columna)',
    fr: 'pas de colonne "text" (aucune colonne)',
    pt: 'não há coluna "text" (não há nenhuma coluna)'
  },
  quoteNotClosed: {
    en: 'a quotation mark opened here is never closed, so this row and the rest of the file were not read',
    es: 'unas comillas abiertas aquí no se cierran nunca, así que no se leyeron ni esta fila ni el resto del archivo',
    fr: 'un guillemet ouvert ici n’est jamais fermé : cette ligne et la suite du fichier n’ont donc pas été lues',
    pt: 'umas aspas abertas aqui nunca são fechadas, por isso esta linha e o resto do arquivo não foram lidos'
  },
  unreadableRow: {en: 'unreadable row', es: 'fila ilegible', fr: 'ligne illisible', pt: 'linha ilegível'},
  noTextField: {en: 'no "text" field', es: 'no hay campo "text"', fr: 'pas de champ "text"', pt: 'não há campo "text"'},
  emptyText: {en: 'the text is empty', es: 'el texto está vacío', fr: 'le texte est vide', pt: 'o texto está vazio'}
} satisfies Record<string, Translated>
