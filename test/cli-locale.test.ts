// End-to-end: parllint speaks the user's locale (issue 16, item 3). The built CLI as a
// child process, with the locale from --locale, the config's "locale" or the environment
// (LC_ALL, LC_MESSAGES, LANG as gettext reads them), on a Spanish draft. Rule ids, message
// ids and the json field names stay English.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const DRAFT = '---\nplatform: x\n---\nLa senadora es una zorra. Vamos vamos a votar hoy.\n'
// The environment the test runs in says nothing about the locale unless a test does.
const NEUTRAL = {LC_ALL: '', LC_MESSAGES: '', LANG: ''}
const run = (args: string[], options: {env?: Record<string, string>; files?: Record<string, string>} = {}) =>
  runCli(args, {cwd: makeTree({'a.txt': DRAFT, ...options.files}), env: {...NEUTRAL, ...options.env}})

const NB = '\u00a0'
const MESSAGES = {
  es: [
    '«zorra» es un insulto machista (un insulto sexual contra una mujer). No lo publique nunca: critique lo que ella dice o hace, no que sea mujer.',
    '«vamos» aparece dos veces seguidas. Quite una.'
  ],
  fr: [
    `«${NB}zorra${NB}» est une insulte sexiste (une insulte sexuelle visant une femme). Ne la publiez jamais : critiquez ce qu’elle dit ou fait, pas le fait qu’elle soit une femme.`,
    `«${NB}vamos${NB}» est écrit deux fois de suite. Supprimez-en un.`
  ],
  pt: [
    '“zorra” é um xingamento machista (um insulto sexual contra uma mulher). Nunca o publique: critique o que ela diz ou faz, não o fato de ser mulher.',
    '“vamos” aparece duas vezes seguidas. Retire uma.'
  ]
} as const

const STYLISH = {
  es: [
    '',
    'a.txt',
    '  4:20  error        «zorra» es un insulto machista (un insulto sexual contra una mujer). No lo publique nunca: critique lo que ella dice o hace, no que sea mujer  gendered-abuse',
    '  4:33  advertencia  «vamos» aparece dos veces seguidas. Quite una                                                                                                  redundancy',
    '',
    '✖ 2 problemas (1 error, 1 advertencia)',
    '  0 errores y 1 advertencia se podrían corregir con la opción `--fix`.',
    ''
  ],
  fr: [
    '',
    'a.txt',
    `  4:20  erreur         «${NB}zorra${NB}» est une insulte sexiste (une insulte sexuelle visant une femme). Ne la publiez jamais : critiquez ce qu’elle dit ou fait, pas le fait qu’elle soit une femme  gendered-abuse`,
    `  4:33  avertissement  «${NB}vamos${NB}» est écrit deux fois de suite. Supprimez-en un                                                                                                                 redundancy`,
    '',
    '✖ 2 problèmes (1 erreur, 1 avertissement)',
    '  0 erreur et 1 avertissement pourraient être corrigés avec l’option `--fix`.',
    ''
  ],
  pt: [
    '',
    'a.txt',
    '  4:20  erro   “zorra” é um xingamento machista (um insulto sexual contra uma mulher). Nunca o publique: critique o que ela diz ou faz, não o fato de ser mulher  gendered-abuse',
    '  4:33  aviso  “vamos” aparece duas vezes seguidas. Retire uma                                                                                                    redundancy',
    '',
    '✖ 2 problemas (1 erro, 1 aviso)',
    '  0 erro e 1 aviso poderiam ser corrigidos com a opção `--fix`.',
    ''
  ]
} as const

const HTML = {
  es: {
    head: '<html lang="es"><head><meta charset="utf-8"><title>Informe de parllint</title>',
    parts: [
      '<h1>parllint: 1 error, 1 advertencia</h1>',
      '<tr><th>Regla</th><th>Qué revisa</th><th>Problemas</th></tr><tr><td>Violencia machista</td><td>Las publicaciones nunca contienen violencia machista:',
      '<h2>a.txt <span class="lang" lang="es">Español</span></h2>',
      '<p class="length">50/280 caracteres ponderados en X</p>',
      `<li class="error">${MESSAGES.es[0]}<div class="rule">Error · Violencia machista · línea 4</div></li>`,
      `<li class="warning">${MESSAGES.es[1]}<div class="rule">Advertencia · Redundancia · línea 4</div></li>`
    ]
  },
  fr: {
    head: '<html lang="fr"><head><meta charset="utf-8"><title>Rapport de parllint</title>',
    parts: [
      '<h1>parllint : 1 erreur, 1 avertissement</h1>',
      '<tr><th>Règle</th><th>Ce qu’elle vérifie</th><th>Problèmes</th></tr><tr><td>Violence sexiste</td><td>Les publications ne contiennent jamais de violence sexiste :',
      '<h2>a.txt <span class="lang" lang="es">Español</span></h2>',
      '<p class="length">50/280 caractères pondérés sur X</p>',
      `<li class="error">${MESSAGES.fr[0]}<div class="rule">Erreur · Violence sexiste · ligne 4</div></li>`,
      `<li class="warning">${MESSAGES.fr[1]}<div class="rule">Avertissement · Redondance · ligne 4</div></li>`
    ]
  },
  pt: {
    head: '<html lang="pt"><head><meta charset="utf-8"><title>Relatório do parllint</title>',
    parts: [
      '<h1>parllint: 1 erro, 1 aviso</h1>',
      '<tr><th>Regra</th><th>O que verifica</th><th>Problemas</th></tr><tr><td>Violência machista</td><td>As publicações nunca trazem violência machista:',
      '<h2>a.txt <span class="lang" lang="es">Español</span></h2>',
      '<p class="length">50/280 caracteres ponderados no X</p>',
      `<li class="error">${MESSAGES.pt[0]}<div class="rule">Erro · Violência machista · linha 4</div></li>`,
      `<li class="warning">${MESSAGES.pt[1]}<div class="rule">Aviso · Redundância · linha 4</div></li>`
    ]
  }
} as const

describe.each(['es', 'fr', 'pt'] as const)('a draft linted with --locale %s', (locale) => {
  it('is reported in that language by the stylish format', () => {
    expect(run(['a.txt', '--locale', locale])).toEqual({code: 1, stdout: STYLISH[locale].join('\n'), stderr: ''})
  })

  it('has its messages in that language in the json format, whose fields stay English', () => {
    const result = run(['a.txt', '--locale', locale, '-f', 'json'])
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as {lang: string; messages: unknown[]}[]
    expect(file!.lang).toBe('es')
    expect(file!.messages).toEqual([
      {ruleId: 'gendered-abuse', messageId: 'slur', severity: 2, message: MESSAGES[locale][0], line: 4, column: 20, endLine: 4, endColumn: 25},
      {ruleId: 'redundancy', messageId: 'repeated-word', severity: 1, message: MESSAGES[locale][1], line: 4, column: 33, endLine: 4, endColumn: 38, fix: {range: [51, 57], text: ''}}
    ])
  })

  it('gets an html report in that language, marked as such, naming the draft’s language', () => {
    const html = run(['a.txt', '--locale', locale, '-f', 'html']).stdout
    expect(html.startsWith(`<!doctype html>\n${HTML[locale].head}`)).toBe(true)
    for (const part of HTML[locale].parts) expect(html).toContain(part)
  })
})

describe('the locale, from the config or the environment', () => {
  const summary = (stdout: string) => stdout.split('\n').at(-3)

  it('is read from LANG as gettext reads it (pt_BR.UTF-8 is Portuguese)', () => {
    expect(summary(run(['a.txt'], {env: {LANG: 'pt_BR.UTF-8'}}).stdout)).toBe('✖ 2 problemas (1 erro, 1 aviso)')
  })

  it('is English with LC_ALL=C, whatever LANG says, and with no locale at all', () => {
    expect(summary(run(['a.txt'], {env: {LC_ALL: 'C', LANG: 'pt_BR.UTF-8'}}).stdout)).toBe('✖ 2 problems (1 error, 1 warning)')
    expect(summary(run(['a.txt']).stdout)).toBe('✖ 2 problems (1 error, 1 warning)')
  })

  it('is the config’s "locale" over the environment, and --locale over both', () => {
    const files = {'.parllintrc.json': '{"locale": "fr"}'}
    expect(summary(run(['a.txt'], {files, env: {LANG: 'es_ES.UTF-8'}}).stdout)).toBe('✖ 2 problèmes (1 erreur, 1 avertissement)')
    expect(summary(run(['a.txt', '--locale', 'pt'], {files}).stdout)).toBe('✖ 2 problemas (1 erro, 1 aviso)')
  })
})

describe('parllint’s own errors, in the locale', () => {
  it('says what is wrong with a flag in --locale’s language, or the environment’s', () => {
    expect(run(['a.txt', '--locale', 'fr', '--fixx'])).toEqual({code: 2, stdout: '', stderr: "erreur : l’option '--fixx' n’existe pas\n(Vouliez-vous dire --fix ?)\n"})
    expect(run(['a.txt', '-f', 'xml'], {env: {LANG: 'es_ES.UTF-8'}})).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: el valor 'xml' de la opción '-f, --format <name>' no es válido. Valores admitidos: stylish, json, compact, sarif, github, junit, html.\n"
    })
    expect(run(['a.txt', '--locale', 'pt', '--format'])).toEqual({code: 2, stdout: '', stderr: "erro: falta o valor da opção '-f, --format <name>'\n"})
    // A bad --locale is itself said in the environment's language.
    expect(run(['a.txt', '--locale', 'de'], {env: {LC_MESSAGES: 'fr_CA.UTF-8'}}).stderr).toBe(
      "erreur : la valeur 'de' de l’option '--locale <locale>' n’est pas valide. Valeurs acceptées : en, es, fr, pt.\n"
    )
    expect(run(['a.txt', '--max-warnings', 'many', '--locale', 'es']).stderr).toBe('parllint: --max-warnings debe ser un número entero (o -1 para no poner límite), no "many".\n')
  })

  it('says what is wrong with a config, naming the file and the key, with what is allowed', () => {
    const files = {'.parllintrc.json': '{"lng": "fr"}'}
    const allowed = '$schema, lang, languages, locale, platform, account, values, rules, ignorePatterns, history, opponents'
    expect(run(['a.txt'], {files, env: {LANG: 'es_MX.UTF-8'}})).toEqual({
      code: 2,
      stdout: '',
      stderr: `parllint: Configuración no válida en .parllintrc.json: "lng" no es una clave conocida. ¿Quiso decir "lang"? Claves admitidas: ${allowed}.\n`
    })
    expect(run(['a.txt', '--locale', 'pt'], {files}).stderr).toBe(`parllint: Configuração inválida em .parllintrc.json: "lng" não é uma chave conhecida. Você quis dizer "lang"? Chaves aceitas: ${allowed}.\n`)
    const grade = {'.parllintrc.json': '{"rules": {"plain-language": ["warn", {"maxGrade": "ten"}]}}'}
    expect(run(['a.txt', '--locale', 'fr'], {files: grade}).stderr).toBe('parllint: Configuration non valide dans .parllintrc.json : "rules.plain-language[1].maxGrade" vaut "ten" ; attendu : un nombre.\n')
    expect(run(['a.txt', '--locale', 'es', '--rule', 'plain-languag:off']).stderr).toBe(
      'parllint: --rule "plain-languag:off" no es válido: "plain-languag" no es una regla conocida. ¿Quiso decir "plain-language"? Reglas admitidas: language, plain-language, platform-limits, redundancy, value-coherence, manager-disclosure, gendered-abuse, diplomatic-tone, troll-engagement.\n'
    )
  })

  it('says why a file was not linted, what a comment or the front matter gets wrong, and what matched nothing', () => {
    const root = makeTree({
      'c.txt': '<!-- parllint-disable redundancy -->\nHola a todos.\n',
      'f.txt': '---\nplatfrom: x\n---\nHola a todos.\n'
    })
    writeFileSync(path.join(root, 'b.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]))
    expect(runCli(['b.txt', 'c.txt', 'f.txt', 'nada.txt', '--locale', 'pt'], {cwd: root, env: NEUTRAL})).toEqual({
      code: 2,
      stdout: [
        '',
        'b.txt',
        '  0:0  erro  Este arquivo é binário, não um rascunho de texto: o parllint só verifica rascunhos .txt e .md',
        '',
        'c.txt',
        '  1:1  aviso  Comentário parllint-disable sem efeito (nenhum problema de redundancy foi apontado). Remova-o',
        '',
        'f.txt',
        '  2:1  aviso  Chave desconhecida no cabeçalho (front matter): "platfrom" (ignorada). Chaves conhecidas: platform, lang, author, reply, disable, kind, date, scheduled, media',
        '',
        '✖ 3 problemas (1 erro, 2 avisos)',
        ''
      ].join('\n'),
      stderr: 'parllint: Arquivo ou pasta não encontrado: "nada.txt".\n'
    })
  })

  it('says a run had too many warnings', () => {
    expect(run(['a.txt', '--max-warnings', '0', '--quiet', '--locale', 'fr']).stderr).toBe('parllint a trouvé trop d’avertissements (maximum : 0).\n')
  })
})
