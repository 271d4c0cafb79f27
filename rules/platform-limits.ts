// platform-limits: a draft fits the platform it is written for, counted the way
// that platform counts (X's weighted characters, Bluesky's graphemes and bytes,
// Mastodon's instance limit, Threads' emoji bytes); each part of a thread on its
// own, with consistent numbering; hashtags within the platform's cap and in
// CamelCase; not a wall of hashtags and emoji; images with alt text that fits.
import {splitHashtag} from './lib/hashtag-words.js'
import {loadData} from './lib/lexicon.js'
import {HASHTAG} from './lib/syntax.js'
import {countBytes, countPost, graphemeLength, prepareCount, type Count, type PlatformData} from './lib/platform-count.js'
import {plural, textOf} from '../src/lang/messages.js'
import {keepSummary, localeOf, report} from './report.js'
import type {Platform, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'platform-limits',
  name: {en: 'Platform limits', es: 'Límites de la plataforma', fr: 'Limites de la plateforme', pt: 'Limites da plataforma'},
  description: {
    en: 'Drafts fit their platform: its length limit as it counts, thread numbering, hashtags, alt text.',
    es: 'Los borradores se ajustan a su plataforma: su límite de longitud tal como ella lo cuenta, la numeración de los hilos, los hashtags y el texto alternativo.',
    fr: 'Les brouillons respectent leur plateforme : sa limite de longueur telle qu’elle la compte, la numérotation des fils, les mots-dièse et le texte de remplacement.',
    pt: 'Os rascunhos cabem na plataforma: o limite de tamanho do jeito que ela conta, a numeração dos fios, as hashtags e o texto alternativo.'
  },
  guideline: {
    section: 'Understand the reach and the impact of social networks',
    summary: 'Each platform is its own medium, with its own rules; a post must work where it is published.'
  },
  docs: 'docs/rules/platform-limits.md',
  defaultSeverity: 'error',
  schema: {
    type: 'object',
    properties: {
      threadSeparator: {type: 'string', minLength: 1, default: '---', description: 'A line holding only this separates the parts of a thread.'},
      mastodon: {
        type: 'object',
        additionalProperties: false,
        description: 'Your Mastodon instance’s limits (from /api/v2/instance).',
        properties: {
          maxCharacters: {type: 'integer', minimum: 1, default: 500},
          urlLength: {type: 'integer', minimum: 0, default: 23}
        }
      },
      hashtagCase: {type: 'boolean', default: true, description: 'Report run-together lowercase hashtags (#climateaction).'}
    },
    additionalProperties: false
  },
  defaultOptions: {threadSeparator: '---', mastodon: {maxCharacters: 500, urlLength: 23}, hashtagCase: true},
  fixable: true,
  messages: {
    'too-long': {
      en: '{{what}} is {{count}}/{{limit}} {{unit}} on {{platform}}: {{over}} over. Shorten it, or split it into a thread (parts separated by a line holding only {{separator}}).',
      es: '{{what}} tiene {{count}}/{{limit}} {{unit}} en {{platform}}: sobran {{over}}. Acórtela, o divídala en un hilo (partes separadas por una línea que solo contenga {{separator}}).',
      fr: '{{what}} fait {{count}}/{{limit}} {{unit}} sur {{platform}} : {{over}} de trop. Raccourcissez-la, ou découpez-la en fil (parties séparées par une ligne ne contenant que {{separator}}).',
      pt: '{{what}} tem {{count}}/{{limit}} {{unit}} no {{platform}}: {{over}} a mais. Encurte o texto ou divida-o em um fio (partes separadas por uma linha só com {{separator}}).'
    },
    'too-many-bytes': {
      en: '{{what}} is {{count}}/{{limit}} bytes on {{platform}}: {{over}} over. Shorten it.',
      es: '{{what}} ocupa {{count}}/{{limit}} bytes en {{platform}}: sobran {{over}}. Acórtela.',
      fr: '{{what}} occupe {{count}}/{{limit}} octets sur {{platform}} : {{over}} de trop. Raccourcissez-la.',
      pt: '{{what}} ocupa {{count}}/{{limit}} bytes no {{platform}}: {{over}} a mais. Encurte o texto.'
    },
    'thread-numbering': {
      en: 'This part is numbered “{{found}}”, but it is part {{index}} of {{total}}. Write “{{expected}}”.',
      es: 'Esta parte está numerada «{{found}}», pero es la parte {{index}} de {{total}}. Escriba «{{expected}}».',
      fr: 'Cette partie est numérotée «\u00a0{{found}}\u00a0», mais c’est la partie {{index}} sur {{total}}. Écrivez «\u00a0{{expected}}\u00a0».',
      pt: 'Esta parte está numerada como “{{found}}”, mas é a parte {{index}} de {{total}}. Escreva “{{expected}}”.'
    },
    'too-many-hashtags': {
      en: '{{count}} hashtags in one post: {{platformRule}}. Keep the {{max}} that matter most.',
      es: '{{count}} hashtags en una sola publicación: {{platformRule}}. Deje los {{max}} más importantes.',
      fr: '{{count}} mots-dièse dans une seule publication : {{platformRule}}. Gardez les {{max}} plus importants.',
      pt: '{{count}} hashtags em uma só publicação: {{platformRule}}. Mantenha as {{max}} mais importantes.'
    },
    'hashtag-case': {
      en: '{{tag}} runs words together, and screen readers read it as one word. Write {{expected}}.',
      es: '{{tag}} junta varias palabras, y los lectores de pantalla la leen como una sola. Escriba {{expected}}.',
      fr: '{{tag}} colle plusieurs mots, et les lecteurs d’écran le lisent comme un seul. Écrivez {{expected}}.',
      pt: '{{tag}} junta várias palavras, e os leitores de tela a leem como uma só. Escreva {{expected}}.'
    },
    'mostly-syntax': {
      en: 'This post is mostly hashtags and emoji ({{syntax}} of them, {{words}}), and screen readers read each one out. Say it in words and keep one or two.',
      es: 'Esta publicación es casi solo hashtags y emojis ({{syntax}}, frente a {{words}}), y los lectores de pantalla los leen uno por uno. Dígalo con palabras y deje uno o dos.',
      fr: 'Cette publication n’est presque que mots-dièse et émojis ({{syntax}}, pour {{words}}), et les lecteurs d’écran les lisent un par un. Dites-le avec des mots et gardez-en un ou deux.',
      pt: 'Esta publicação é quase só hashtags e emojis ({{syntax}}, contra {{words}}), e os leitores de tela leem cada um em voz alta. Diga isso com palavras e mantenha um ou dois.'
    },
    'missing-alt': {
      en: 'The image {{file}} has no alt text: people who use screen readers will not know what it shows. Add “alt” describing it, including any text in the image.',
      es: 'La imagen {{file}} no tiene texto alternativo: quien usa un lector de pantalla no sabrá qué muestra. Agregue «alt» con su descripción, incluido cualquier texto que aparezca en ella.',
      fr: 'L’image {{file}} n’a pas de texte de remplacement : les personnes qui utilisent un lecteur d’écran ne sauront pas ce qu’elle montre. Ajoutez «\u00a0alt\u00a0» pour la décrire, y compris le texte qu’elle contient.',
      pt: 'A imagem {{file}} não tem texto alternativo: quem usa leitor de tela não saberá o que ela mostra. Adicione “alt” com a descrição, incluindo qualquer texto que apareça nela.'
    },
    'alt-too-long': {
      en: 'The alt text of {{file}} is {{count}} characters, and {{platform}} allows {{limit}}. Shorten it.',
      es: 'El texto alternativo de {{file}} tiene {{count}} caracteres, y {{platform}} admite {{limit}}. Acórtelo.',
      fr: 'Le texte de remplacement de {{file}} fait {{count}} caractères, et {{platform}} en accepte {{limit}}. Raccourcissez-le.',
      pt: 'O texto alternativo de {{file}} tem {{count}} caracteres, e o {{platform}} aceita {{limit}}. Encurte o texto.'
    }
  },
  fragments: {
    post: {en: 'This post', es: 'Esta publicación', fr: 'Cette publication', pt: 'Esta publicação'},
    part: {en: 'Part {{index}} of this thread', es: 'La parte {{index}} de este hilo', fr: 'La partie {{index}} de ce fil', pt: 'A parte {{index}} deste fio'},
    weighted: {en: 'weighted characters', es: 'caracteres ponderados', fr: 'caractères pondérés', pt: 'caracteres ponderados'},
    graphemes: {en: 'characters', es: 'caracteres', fr: 'caractères', pt: 'caracteres'},
    threads: {en: 'characters', es: 'caracteres', fr: 'caractères', pt: 'caracteres'},
    characters: {en: 'characters', es: 'caracteres', fr: 'caractères', pt: 'caracteres'},
    // The unit of each platform's length gauge in reports (lengths kept below): how that platform counts.
    'gauge-weighted': {en: 'weighted characters', es: 'caracteres ponderados', fr: 'caractères pondérés', pt: 'caracteres ponderados'},
    'gauge-graphemes': {en: 'characters', es: 'caracteres', fr: 'caractères', pt: 'caracteres'},
    'gauge-threads': {
      en: 'characters (emoji count as their UTF-8 bytes)',
      es: 'caracteres (los emojis cuentan por sus bytes en UTF-8)',
      fr: 'caractères (les émojis comptent pour leurs octets UTF-8)',
      pt: 'caracteres (emojis contam pelos bytes em UTF-8)'
    },
    'gauge-characters': {en: 'characters', es: 'caracteres', fr: 'caractères', pt: 'caracteres'},
    'words-one': {en: '{{count}} word', es: '{{count}} palabra', fr: '{{count}} mot', pt: '{{count}} palavra'},
    'words-other': {en: '{{count}} words', es: '{{count}} palabras', fr: '{{count}} mots', pt: '{{count}} palavras'},
    enforced: {en: '{{platform}} allows {{max}}', es: '{{platform}} admite {{max}}', fr: '{{platform}} en accepte {{max}}', pt: 'o {{platform}} aceita {{max}}'},
    'enforced-since': {
      en: '{{platform}} allows {{max}} since {{since}}',
      es: '{{platform}} admite {{max}} desde {{since}}',
      fr: '{{platform}} en accepte {{max}} depuis le {{since}}',
      pt: 'o {{platform}} aceita {{max}} desde {{since}}'
    },
    advice: {
      en: '{{platform}} advises no more than {{max}}',
      es: '{{platform}} aconseja no usar más de {{max}}',
      fr: '{{platform}} conseille de ne pas dépasser {{max}}',
      pt: 'o {{platform}} recomenda no máximo {{max}}'
    }
  }
}

type Options = {threadSeparator: string; mastodon: {maxCharacters?: number; urlLength?: number}; hashtagCase: boolean}
type Part = {text: string; offsets: number[]}

const EMOJI = /\p{Extended_Pictographic}/gu
const WORDS = /(?<![#@\p{L}\p{N}_])\p{L}[\p{L}\p{N}'’-]*/gu
const NUMBERED = /(?:^(\d{1,2})\s*\/\s*(\d{1,2})(?=\s|$))|(?:(?<=\s|^)(\d{1,2})\s*\/\s*(\d{1,2})\s*$)/u

const platformData = () => loadData<{platforms: Record<Platform, PlatformData>}>('platforms').platforms

const attacher: RuleAttacher = (raw) => {
  const options = raw as Options
  return async (_tree, file) => {
    const post = file.data.post
    if (!post || post.kind === 'profile') return
    const text = String(file.value)
    checkMedia()
    if (!post.platform) return
    const base = platformData()[post.platform]
    await prepareCount(base)
    const platform = post.platform === 'mastodon' ? {...base, limit: options.mastodon.maxCharacters ?? base.limit, urlLength: options.mastodon.urlLength ?? base.urlLength} : base
    const parts = splitParts(text, post.notPosted, options.threadSeparator)
    // Each part's length, for reports that show a gauge per part (a summary, not a finding), with its unit in the user's locale.
    const gaugeUnit = textOf({fragment: `gauge-${platform.unit}`}, localeOf(file), meta.fragments)
    const lengths: {count: number; limit: number; unit: string; platform: string; part: number; of: number}[] = []

    parts.forEach((part, index) => {
      if (part.text.length === 0) return
      const what = parts.length > 1 ? {fragment: 'part', data: {index: index + 1}} : {fragment: 'post'}
      const end = part.offsets[part.text.length - 1]! + 1
      const over = (count: Count) => ({start: part.offsets[count.firstOver!]!, end})
      const length = countPost(part.text, platform)
      lengths.push({count: length.count, limit: length.limit, unit: gaugeUnit, platform: platform.name, part: index + 1, of: parts.length})
      if (length.firstOver !== undefined) {
        report(file, meta, {
          messageId: 'too-long',
          span: over(length),
          data: {what, count: length.count, limit: length.limit, unit: {fragment: platform.unit}, platform: platform.name, over: length.count - length.limit, separator: options.threadSeparator}
        })
      }
      if (platform.maxBytes) {
        const bytes = countBytes(part.text, platform.maxBytes)
        if (bytes.firstOver !== undefined) {
          report(file, meta, {messageId: 'too-many-bytes', span: over(bytes), data: {what, count: bytes.count, limit: bytes.limit, platform: platform.name, over: bytes.count - bytes.limit}})
        }
      }
      if (parts.length > 1) checkNumbering(part, index + 1, parts.length)
      checkHashtags(part, platform)
    })
    if (lengths.length > 0) keepSummary(file, meta, lengths)

    function checkNumbering(part: Part, index: number, total: number) {
      const match = NUMBERED.exec(part.text)
      if (!match) return
      const [found, at] = match[1] ? [match[0], match.index] : [match[0].trim(), match.index + match[0].indexOf(match[3]!)]
      const [number, of] = (match[1] ? [match[1], match[2]] : [match[3], match[4]]).map(Number)
      if (number === index && of === total) return
      const expected = `${index}/${total}`
      const start = part.offsets[at]!
      const endOffset = part.offsets[at + found.length - 1]! + 1
      report(file, meta, {
        messageId: 'thread-numbering',
        span: {start, end: endOffset},
        data: {found, index, total, expected},
        fix: {range: [start, endOffset], text: expected},
        warningOnly: true
      })
    }

    function checkHashtags(part: Part, platform: PlatformData) {
      const tags = [...part.text.matchAll(HASHTAG)]
      const cap = platform.hashtags
      if (cap && tags.length > cap.max) {
        const first = tags[cap.max]!
        const platformRule = {fragment: cap.kind === 'advice' ? 'advice' : cap.since ? 'enforced-since' : 'enforced', data: {platform: platform.name, max: cap.max, since: cap.since ?? ''}}
        report(file, meta, {
          messageId: 'too-many-hashtags',
          span: {start: part.offsets[first.index]!, end: part.offsets[first.index + first[0].length - 1]! + 1},
          data: {count: tags.length, platformRule, max: cap.max},
          warningOnly: cap.kind === 'advice'
        })
      }
      if (options.hashtagCase) {
        for (const tag of tags) {
          const body = tag[1]!
          if (body !== body.toLowerCase() || !/^\p{Ll}{6,}$/u.test(body)) continue
          const words = splitHashtag(body, post!.lang)
          if (!words) continue
          const expected = `#${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`
          const start = part.offsets[tag.index]!
          const endOffset = part.offsets[tag.index + tag[0].length - 1]! + 1
          report(file, meta, {messageId: 'hashtag-case', span: {start, end: endOffset}, data: {tag: tag[0], expected}, fix: {range: [start, endOffset], text: expected}, warningOnly: true})
        }
      }
      const syntax = tags.length + (part.text.match(EMOJI)?.length ?? 0)
      const words = (part.text.replace(/https?:\/\/\S+/gu, ' ').match(WORDS) ?? []).length
      if (syntax >= 4 && syntax > words) {
        report(file, meta, {messageId: 'mostly-syntax', span: {start: part.offsets[0]!, end: part.offsets[part.text.length - 1]! + 1}, data: {syntax, words: {fragment: `words-${plural(words, localeOf(file))}`, data: {count: words}}}, warningOnly: true})
      }
    }

    function checkMedia() {
      const altLimit = post!.platform ? platformData()[post!.platform].altText : undefined
      for (const item of post!.media) {
        const name = typeof item.file === 'string' ? item.file : 'in media'
        const span = {start: item.at, end: item.at}
        const alt = typeof item.alt === 'string' ? item.alt.trim() : ''
        if (alt === '') {
          report(file, meta, {messageId: 'missing-alt', span, data: {file: name}, warningOnly: true})
          continue
        }
        const count = graphemeLength(alt)
        if (altLimit && count > altLimit) {
          report(file, meta, {messageId: 'alt-too-long', span, data: {file: name, count, limit: altLimit, platform: platformData()[post!.platform!].name}})
        }
      }
    }
  }
}

/**
 * The parts of a thread as they will be published: split at separator lines, with
 * what is not posted (front matter, parllint comments) left out, trimmed; each
 * character keeps its offset in the file.
 */
export function splitParts(text: string, notPosted: [number, number][], separator: string): Part[] {
  const skip = new Uint8Array(text.length)
  for (const [start, end] of notPosted) skip.fill(1, start, end)
  const lines = new RegExp(`^[ \\t]*${separator.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[ \\t]*$`, 'gmu')
  const breaks: [number, number][] = []
  for (const match of text.matchAll(lines)) if (!skip[match.index]) breaks.push([match.index, match.index + match[0].length])
  const bounds = [0, ...breaks.flat(), text.length]
  const parts: Part[] = []
  for (let index = 0; index < bounds.length; index += 2) {
    let partText = ''
    const offsets: number[] = []
    for (let offset = bounds[index]!; offset < bounds[index + 1]!; offset++) {
      if (skip[offset]) continue
      partText += text[offset]
      offsets.push(offset)
    }
    const lead = partText.length - partText.trimStart().length
    const kept = partText.trim()
    parts.push({text: kept, offsets: offsets.slice(lead, lead + kept.length)})
  }
  return parts
}

export const rule: RuleModule = {meta, attacher}
