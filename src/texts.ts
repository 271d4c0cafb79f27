// What parllint's command line says itself (its errors and notices, file-system
// problems, size guards, the progress line), in the four locales, worded as
// docs/glossary.md says. Each folder of src/ keeps its texts in a texts.ts like this.
import type {Translated} from './lang/languages.js'

export const TEXTS = {
  // cli.ts
  maxWarnings: {
    en: '--max-warnings must be a whole number (or -1 for no limit), not "{{value}}".',
    es: '--max-warnings debe ser un número entero (o -1 para no poner límite), no "{{value}}".',
    fr: '--max-warnings doit être un nombre entier (ou -1 pour ne fixer aucune limite), et non "{{value}}".',
    pt: '--max-warnings deve ser um número inteiro (ou -1 para não ter limite), não "{{value}}".'
  },
  stdinAndPaths: {
    en: 'Give either --stdin or paths, not both.',
    es: 'Indique --stdin o rutas de archivo, pero no ambas cosas.',
    fr: 'Indiquez soit --stdin, soit des chemins, mais pas les deux.',
    pt: 'Informe --stdin ou caminhos de arquivo, mas não os dois.'
  },
  stdinFilename: {
    en: '--stdin-filename names the draft read with --stdin: add --stdin, or give the draft’s path instead.',
    es: '--stdin-filename da nombre al borrador leído con --stdin: añada --stdin o, en su lugar, indique la ruta del borrador.',
    fr: '--stdin-filename nomme le brouillon lu avec --stdin : ajoutez --stdin, ou indiquez plutôt le chemin du brouillon.',
    pt: '--stdin-filename dá nome ao rascunho lido com --stdin: acrescente --stdin ou, em vez disso, informe o caminho do rascunho.'
  },
  noRule: {
    en: 'No rule "{{rule}}".{{suggestion}} Rules: {{rules}}.',
    es: 'No existe la regla "{{rule}}".{{suggestion}} Reglas: {{rules}}.',
    fr: 'La règle "{{rule}}" n’existe pas.{{suggestion}} Règles : {{rules}}.',
    pt: 'A regra "{{rule}}" não existe.{{suggestion}} Regras: {{rules}}.'
  },
  didYouMean: {
    en: 'Did you mean "{{name}}"?',
    es: '¿Quiso decir "{{name}}"?',
    fr: 'Vouliez-vous dire "{{name}}" ?',
    pt: 'Você quis dizer "{{name}}"?'
  },
  configExists: {
    en: '{{file}} already exists; not overwriting it.',
    es: '{{file}} ya existe; no se sobrescribe.',
    fr: '{{file}} existe déjà ; il n’est pas écrasé.',
    pt: '{{file}} já existe; ele não será substituído.'
  },
  cannotWrite: {
    en: 'Cannot write {{file}} ({{why}}).',
    es: 'No se puede escribir {{file}} ({{why}}).',
    fr: 'Impossible d’écrire {{file}} ({{why}}).',
    pt: 'Não é possível gravar {{file}} ({{why}}).'
  },
  configWritten: {
    en: 'Wrote {{file}}. Describe the account (owner, managedBy: self, staff or mixed) and its positions, then run parllint.',
    es: 'Se creó {{file}}. Describa la cuenta (owner, managedBy: self, staff o mixed) y sus posturas, y luego ejecute parllint.',
    fr: '{{file}} a été créé. Décrivez le compte (owner, managedBy : self, staff ou mixed) et ses positions, puis lancez parllint.',
    pt: '{{file}} foi criado. Descreva a conta (owner, managedBy: self, staff ou mixed) e os posicionamentos dela, depois execute o parllint.'
  },
  configNotFound: {
    en: 'Config file not found: "{{file}}".',
    es: 'No se encontró el archivo de configuración "{{file}}".',
    fr: 'Fichier de configuration introuvable : "{{file}}".',
    pt: 'Arquivo de configuração não encontrado: "{{file}}".'
  },
  noOpponents: {
    en: 'This config names no "opponents": there is nothing to learn from.',
    es: 'Esta configuración no indica "opponents": no hay publicaciones de las que aprender.',
    fr: 'Cette configuration n’indique aucun "opponents" : il n’y a rien dont apprendre.',
    pt: 'Esta configuração não indica "opponents": não há publicações com que aprender.'
  },
  fixAndDryRun: {
    en: 'Give either --fix (write the fixes) or --fix-dry-run (only show them), not both.',
    es: 'Indique --fix (guardar las correcciones) o --fix-dry-run (solo mostrarlas), pero no ambas.',
    fr: 'Indiquez soit --fix (écrire les corrections), soit --fix-dry-run (seulement les afficher), mais pas les deux.',
    pt: 'Informe --fix (gravar as correções) ou --fix-dry-run (só mostrá-las), mas não os dois.'
  },
  fixStdin: {
    en: '--fix cannot write to standard input: use --fix-dry-run, which prints the fixed draft.',
    es: '--fix no puede escribir en la entrada estándar: use --fix-dry-run, que muestra el borrador corregido.',
    fr: '--fix ne peut pas écrire sur l’entrée standard : utilisez --fix-dry-run, qui affiche le brouillon corrigé.',
    pt: '--fix não consegue gravar na entrada padrão: use --fix-dry-run, que mostra o rascunho corrigido.'
  },
  noDraftsIn: {
    en: 'No drafts ({{extensions}}) found in {{paths}}.',
    es: 'No se encontraron borradores ({{extensions}}) en {{paths}}.',
    fr: 'Aucun brouillon ({{extensions}}) trouvé dans {{paths}}.',
    pt: 'Nenhum rascunho ({{extensions}}) encontrado em {{paths}}.'
  },
  noDraftsHere: {
    en: 'No drafts ({{extensions}}) found in the current folder.',
    es: 'No se encontraron borradores ({{extensions}}) en la carpeta actual.',
    fr: 'Aucun brouillon ({{extensions}}) trouvé dans le dossier courant.',
    pt: 'Nenhum rascunho ({{extensions}}) encontrado na pasta atual.'
  },
  historyNotFound: {
    en: 'History folder not found: "{{folder}}".',
    es: 'No se encontró la carpeta "history" de publicaciones ya publicadas: "{{folder}}".',
    fr: 'Dossier "history" des publications déjà parues introuvable : "{{folder}}".',
    pt: 'A pasta "history" de publicações já publicadas não foi encontrada: "{{folder}}".'
  },
  reportNotWritten: {
    en: 'Cannot write the report to "{{file}}": {{why}}.',
    es: 'No se puede escribir el informe en "{{file}}": {{why}}.',
    fr: 'Impossible d’écrire le rapport dans "{{file}}" : {{why}}.',
    pt: 'Não é possível gravar o relatório em "{{file}}": {{why}}.'
  },
  tooManyWarnings: {
    en: 'parllint found too many warnings (maximum: {{max}}).',
    es: 'parllint encontró demasiadas advertencias (máximo: {{max}}).',
    fr: 'parllint a trouvé trop d’avertissements (maximum : {{max}}).',
    pt: 'O parllint encontrou avisos demais (máximo: {{max}}).'
  },

  // cli.ts: commander's errors, in its own English wording, then in the others.
  unknownOption: {
    en: "error: unknown option '{{option}}'",
    es: "error: la opción '{{option}}' no existe",
    fr: "erreur : l’option '{{option}}' n’existe pas",
    pt: "erro: a opção '{{option}}' não existe"
  },
  similarOption: {
    en: '(Did you mean {{option}}?)',
    es: '(¿Quiso decir {{option}}?)',
    fr: '(Vouliez-vous dire {{option}} ?)',
    pt: '(Você quis dizer {{option}}?)'
  },
  similarOptions: {
    en: '(Did you mean one of {{options}}?)',
    es: '(¿Quiso decir una de estas: {{options}}?)',
    fr: '(Vouliez-vous dire l’une de celles-ci : {{options}} ?)',
    pt: '(Você quis dizer uma destas: {{options}}?)'
  },
  invalidChoice: {
    en: "error: option '{{option}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
    es: "error: el valor '{{value}}' de la opción '{{option}}' no es válido. Valores admitidos: {{choices}}.",
    fr: "erreur : la valeur '{{value}}' de l’option '{{option}}' n’est pas valide. Valeurs acceptées : {{choices}}.",
    pt: "erro: o valor '{{value}}' da opção '{{option}}' não é válido. Valores aceitos: {{choices}}."
  },
  missingValue: {
    en: "error: option '{{option}}' argument missing",
    es: "error: falta el valor de la opción '{{option}}'",
    fr: "erreur : il manque la valeur de l’option '{{option}}'",
    pt: "erro: falta o valor da opção '{{option}}'"
  },

  // fs-errors.ts: ENOENT when writing (the file would be made, so it is its folder that is missing).
  noFolder: {en: 'the folder does not exist', es: 'la carpeta no existe', fr: 'le dossier n’existe pas', pt: 'a pasta não existe'},

  // limits.ts
  kilobytes: {en: '{{size}} KB', es: '{{size}} KB', fr: '{{size}} Ko', pt: '{{size}} KB'},
  megabytes: {en: '{{size}} MB', es: '{{size}} MB', fr: '{{size}} Mo', pt: '{{size}} MB'},
  tooBig: {
    en: 'This draft is {{size}}, over parllint’s limit of {{limit}} for one draft (no platform takes a post that long), so it was not linted. Split it into smaller drafts.',
    es: 'Este borrador ocupa {{size}}, más que el límite de {{limit}} que parllint admite para un borrador (ninguna plataforma acepta una publicación tan larga), así que no se revisó. Divídalo en borradores más cortos.',
    fr: 'Ce brouillon fait {{size}}, au-delà de la limite de {{limit}} que parllint accepte pour un brouillon (aucune plateforme n’accepte une publication aussi longue) : il n’a donc pas été vérifié. Découpez-le en brouillons plus courts.',
    pt: 'Este rascunho tem {{size}}, acima do limite de {{limit}} que o parllint aceita para um rascunho (nenhuma plataforma aceita uma publicação tão longa), por isso não foi verificado. Divida-o em rascunhos menores.'
  },
  overlongToken: {
    en: 'This word or link is {{length}} characters long, over parllint’s limit of {{limit}} (no post can show one that long), so this draft was not linted. Shorten it or remove it.',
    es: 'Esta palabra o enlace tiene {{length}} caracteres, más que el límite de {{limit}} de parllint (ninguna publicación puede mostrar algo tan largo), así que este borrador no se revisó. Acórtelo o elimínelo.',
    fr: 'Ce mot ou ce lien fait {{length}} caractères, au-delà de la limite de {{limit}} de parllint (aucune publication ne peut en afficher un aussi long) : ce brouillon n’a donc pas été vérifié. Raccourcissez-le ou supprimez-le.',
    pt: 'Esta palavra ou link tem {{length}} caracteres, acima do limite de {{limit}} do parllint (nenhuma publicação consegue exibir algo tão longo), por isso este rascunho não foi verificado. Encurte ou remova o trecho.'
  },

  // progress.ts
  progress: {en: '{{done}}/{{total}} drafts', es: '{{done}}/{{total}} borradores', fr: '{{done}}/{{total}} brouillons', pt: '{{done}}/{{total}} rascunhos'}
} satisfies Record<string, Translated>

/** File-system errors in words a press officer can act on (fs-errors.ts), by error code. */
export const FILE_SYSTEM = {
  EACCES: {en: 'permission denied', es: 'permiso denegado', fr: 'permission refusée', pt: 'permissão negada'},
  EROFS: {en: 'the disk is read-only', es: 'el disco es de solo lectura', fr: 'le disque est en lecture seule', pt: 'o disco é somente leitura'},
  ENOSPC: {en: 'the disk is full', es: 'el disco está lleno', fr: 'le disque est plein', pt: 'o disco está cheio'},
  EDQUOT: {en: 'the disk quota is used up', es: 'se agotó la cuota de disco', fr: 'le quota de disque est épuisé', pt: 'a cota de disco se esgotou'},
  EFBIG: {en: 'the file is too big for the disk', es: 'el archivo es demasiado grande para el disco', fr: 'le fichier est trop gros pour le disque', pt: 'o arquivo é grande demais para o disco'},
  ENOENT: {en: 'it does not exist', es: 'no existe', fr: 'il n’existe pas', pt: 'não existe'},
  ENOTDIR: {en: 'a part of the path is not a folder', es: 'una parte de la ruta no es una carpeta', fr: 'une partie du chemin n’est pas un dossier', pt: 'uma parte do caminho não é uma pasta'},
  EISDIR: {en: 'it is a folder', es: 'es una carpeta', fr: 'c’est un dossier', pt: 'é uma pasta'},
  ELOOP: {en: 'a link in the path loops back on itself', es: 'un enlace de la ruta remite a sí mismo en bucle', fr: 'un lien du chemin renvoie à lui-même en boucle', pt: 'um link do caminho aponta para si mesmo em ciclo'},
  EMFILE: {
    en: 'too many files are open; close some programs and try again',
    es: 'hay demasiados archivos abiertos; cierre algunos programas e inténtelo de nuevo',
    fr: 'trop de fichiers sont ouverts ; fermez quelques programmes et réessayez',
    pt: 'há arquivos demais abertos; feche alguns programas e tente de novo'
  },
  EIO: {en: 'the disk could not be read or written', es: 'no se pudo leer ni escribir en el disco', fr: 'le disque n’a pas pu être lu ou écrit', pt: 'não foi possível ler nem gravar no disco'},
  EBUSY: {en: 'another program is using it', es: 'otro programa lo está usando', fr: 'un autre programme l’utilise', pt: 'outro programa está usando o arquivo'},
  ENAMETOOLONG: {en: 'its name is too long', es: 'su nombre es demasiado largo', fr: 'son nom est trop long', pt: 'o nome é longo demais'},
  EEXIST: {en: 'it already exists', es: 'ya existe', fr: 'il existe déjà', pt: 'já existe'},
  EXDEV: {en: 'it is on another disk', es: 'está en otro disco', fr: 'il est sur un autre disque', pt: 'está em outro disco'}
} satisfies Record<string, Translated>
