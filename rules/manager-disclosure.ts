// manager-disclosure: make clear who writes the account's posts, by the
// convention the office declares (account.managedBy and account.disclosure).
import {loadEveryLexicon} from './lib/lexicon.js'
import {lexiconPattern} from './lib/patterns.js'
import {fill, listOf, quote} from '../src/lang/messages.js'
import {localeOf, report} from './report.js'
import type {MessageValue, RuleAttacher, RuleMeta, RuleModule} from './types.js'
import {withoutTrailing} from './lib/syntax.js'

export const meta: RuleMeta = {
  id: 'manager-disclosure',
  name: {en: 'Manager disclosure', es: 'Firma de autoría', fr: 'Mention de l’auteur', pt: 'Identificação de autoria'},
  description: {
    en: 'Posts say who wrote them, by the signature or staff mark the office declares.',
    es: 'Las publicaciones dicen quién las escribió, con la firma o la marca del equipo que declara el despacho.',
    fr: 'Les publications disent qui les a écrites, par la signature ou la marque de l’équipe que le bureau a déclarées.',
    pt: 'As publicações dizem quem as escreveu, pela assinatura ou pela marca da equipe que o gabinete declarou.'
  },
  guideline: {
    section: 'Build trust',
    summary: 'For transparency, indicate who is managing the legislator’s account.'
  },
  docs: 'docs/rules/manager-disclosure.md',
  defaultSeverity: 'error',
  schema: {type: 'object', properties: {}, additionalProperties: false},
  defaultOptions: {},
  fixable: true,
  messages: {
    'missing-staff-marker': {
      en: 'Staff write this account’s posts, so each post carries a staff mark ({{markers}}) at its start or end. Add it here.{{note}}',
      es: 'El equipo escribe las publicaciones de esta cuenta, así que cada una lleva una marca del equipo ({{markers}}) al principio o al final. Añádala aquí.{{note}}',
      fr: 'L’équipe rédige les publications de ce compte : chacune porte donc une marque de l’équipe ({{markers}}) au début ou à la fin. Ajoutez-la ici.{{note}}',
      pt: 'A equipe escreve as publicações desta conta, então cada uma leva uma marca da equipe ({{markers}}) no início ou no fim. Acrescente-a aqui.{{note}}'
    },
    'missing-marker': {
      en: 'Posts on this account are written by {{owner}} or by staff: sign this one with {{ownerMarkers}} if {{owner}} wrote it, or with a staff mark ({{staffMarkers}}) if staff did.{{note}}',
      es: 'Las publicaciones de esta cuenta las escribe {{owner}} o el equipo: firme esta con {{ownerMarkers}} si la escribió {{owner}}, o con una marca del equipo ({{staffMarkers}}) si la escribió el equipo.{{note}}',
      fr: 'Les publications de ce compte sont rédigées par {{owner}} ou par l’équipe : signez celle-ci avec {{ownerMarkers}} si {{owner}} l’a écrite, ou avec une marque de l’équipe ({{staffMarkers}}) si c’est l’équipe.{{note}}',
      pt: 'As publicações desta conta são escritas por {{owner}} ou pela equipe: assine esta com {{ownerMarkers}} se {{owner}} a escreveu, ou com uma marca da equipe ({{staffMarkers}}) se foi a equipe.{{note}}'
    },
    'owner-marker-on-staff-post': {
      en: 'Staff wrote this post, but it carries {{owner}}’s own signature “{{marker}}”: followers will believe {{owner}} wrote it. Use a staff mark ({{staffMarkers}}) instead.',
      es: 'El equipo escribió esta publicación, pero lleva la firma personal de {{owner}}, «{{marker}}»: los seguidores creerán que la escribió {{owner}}. Use una marca del equipo ({{staffMarkers}}).',
      fr: 'L’équipe a rédigé cette publication, mais elle porte la signature personnelle de {{owner}}, «\u00a0{{marker}}\u00a0» : les abonnés croiront que {{owner}} l’a écrite. Employez plutôt une marque de l’équipe ({{staffMarkers}}).',
      pt: 'A equipe escreveu esta publicação, mas ela leva a assinatura pessoal de {{owner}}, “{{marker}}”: os seguidores vão achar que {{owner}} a escreveu. Use uma marca da equipe ({{staffMarkers}}).'
    },
    'staff-marker-on-owner-post': {
      en: '{{owner}} wrote this post, but it carries the staff mark “{{marker}}”. Sign it with {{ownerMarkers}} instead.',
      es: '{{owner}} escribió esta publicación, pero lleva la marca del equipo «{{marker}}». Fírmela con {{ownerMarkers}}.',
      fr: '{{owner}} a rédigé cette publication, mais elle porte la marque de l’équipe «\u00a0{{marker}}\u00a0». Signez-la plutôt avec {{ownerMarkers}}.',
      pt: '{{owner}} escreveu esta publicação, mas ela leva a marca da equipe “{{marker}}”. Assine-a com {{ownerMarkers}}.'
    },
    'staff-marker-on-self-account': {
      en: 'The config says {{owner}} writes every post (managedBy: self), but this post carries the staff mark “{{marker}}”. Remove it, or set managedBy to "mixed".',
      es: 'La configuración dice que {{owner}} escribe todas las publicaciones (managedBy: self), pero esta lleva la marca del equipo «{{marker}}». Quítela, o ponga managedBy en "mixed".',
      fr: 'La configuration indique que {{owner}} rédige toutes les publications (managedBy: self), mais celle-ci porte la marque de l’équipe «\u00a0{{marker}}\u00a0». Retirez-la, ou réglez managedBy sur "mixed".',
      pt: 'A configuração diz que {{owner}} escreve todas as publicações (managedBy: self), mas esta leva a marca da equipe “{{marker}}”. Retire-a, ou defina managedBy como "mixed".'
    },
    'profile-statement': {
      en: 'This profile does not say who manages the account. Add a line such as “Posts by staff, signed ^initials”.',
      es: 'Este perfil no dice quién administra la cuenta. Añada una línea como «Cuenta administrada por mi equipo; sus mensajes van firmados ^iniciales».',
      fr: 'Ce profil ne dit pas qui gère le compte. Ajoutez une ligne comme «\u00a0Compte géré par mon équipe, messages signés ^initiales\u00a0».',
      pt: 'Este perfil não diz quem administra a conta. Acrescente uma linha como “Conta administrada pela equipe, posts assinados ^iniciais”.'
    }
  },
  fragments: {
    'add-at-end': {en: 'Add “{{marker}}” at the end.', es: 'Añada «{{marker}}» al final.', fr: 'Ajoutez «\u00a0{{marker}}\u00a0» à la fin.', pt: 'Acrescente “{{marker}}” no fim.'},
    'the-member': {en: 'the member', es: 'la persona titular de la cuenta', fr: 'le ou la parlementaire', pt: 'o parlamentar'},
    'owner-signature': {en: 'the member’s signature', es: 'la firma de la persona titular', fr: 'la signature du ou de la parlementaire', pt: 'a assinatura do parlamentar'},
    'a-staff-mark': {en: 'a staff mark', es: 'una marca del equipo', fr: 'une marque de l’équipe', pt: 'uma marca da equipe'},
    caret: {
      en: '“^” and the writer’s initials, e.g. “^JL”',
      es: '«^» y las iniciales de quien escribe, p. ej., «^JL»',
      fr: '«\u00a0^\u00a0» et les initiales de l’auteur, p. ex. «\u00a0^JL\u00a0»',
      pt: '“^” e as iniciais de quem escreve, p. ex., “^JL”'
    },
    misplaced: {
      en: ' (“{{marker}}” inside the text does not read as a signature: put it at the start or the end.)',
      es: ' («{{marker}}» en medio del texto no se lee como firma: póngalo al principio o al final).',
      fr: ' («\u00a0{{marker}}\u00a0» au milieu du texte ne se lit pas comme une signature : placez-le au début ou à la fin.)',
      pt: ' (“{{marker}}” no meio do texto não se lê como assinatura: coloque-o no início ou no fim.)'
    }
  }
}

type Disclosure = {ownerMarkers?: string[]; staffMarkers?: string[]; inProfile?: boolean}
type Account = {owner?: string; managedBy?: 'self' | 'staff' | 'mixed'; disclosure?: Disclosure}
type Hit = {marker: string; start: number; end: number}

// What may follow a signature at the end of a post: links, hashtags, emoji (with their skin tones,
// joiners and variation selectors, and flags), as tokens of their own or glued to the mark ("^JL🙏").
// Only emoji: a token that starts with one ("🙏^JL") may hold the mark itself.
const EMOJI = '(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\p{Regional_Indicator}|\\u200D|\\uFE0F|\\u20E3)+'
const SYNTAX_TOKEN = new RegExp(`^(?:https?:\\/\\/\\S+|#[\\p{L}\\p{N}_]+|${EMOJI})$`, 'u')
const GLUED_EMOJI = new RegExp(`${EMOJI}$`, 'u')

const attacher: RuleAttacher = () => (_tree, file) => {
  const post = file.data.post
  const account = (post?.account ?? {}) as Account
  if (!post || !account.managedBy) return
  const text = String(file.value)
  const locale = localeOf(file)
  const owner = account.owner || {fragment: 'the-member'}
  const ownerMarkers = account.disclosure?.ownerMarkers ?? []
  const staffMarkers = account.disclosure?.staffMarkers ?? []
  const end = text.trimEnd().length
  const list = (markers: string[], describe: (marker: string) => string) => listOf(markers.map(describe), locale, 'disjunction')
  const quoted = (marker: string) => quote(marker, locale)
  const described = (marker: string) => (marker === '^' ? fill(meta.fragments!.caret!, {}, locale) : quoted(marker))
  const staffList = list(staffMarkers, described) || {fragment: 'a-staff-mark'}
  const data = {
    owner,
    ownerMarkers: list(ownerMarkers, quoted) || {fragment: 'owner-signature'},
    staffMarkers: staffList,
    markers: staffList,
    note: '' as MessageValue
  }
  const at = {start: end, end}

  if (post.kind === 'profile') {
    if (account.managedBy !== 'self' && !statesManager(text)) report(file, meta, {messageId: 'profile-statement', span: at})
    return
  }

  const ownerHit = findMarker(text, ownerMarkers)
  const staffHit = findMarker(text, staffMarkers)
  const writer = whoWrote(post.author, owner)
  const fix = markerFix(writer, post.author, ownerMarkers, staffMarkers, end)
  const misplaced = [...ownerMarkers, ...staffMarkers.filter((m) => m !== '^')].find((m) => text.includes(m))
  if (misplaced) data.note = {fragment: 'misplaced', data: {marker: misplaced}}

  switch (account.managedBy) {
    case 'self':
      if (staffHit) report(file, meta, {messageId: 'staff-marker-on-self-account', span: staffHit, data: {...data, marker: staffHit.marker}, warningOnly: true})
      return
    case 'staff':
      if (ownerHit) report(file, meta, {messageId: 'owner-marker-on-staff-post', span: ownerHit, data: {...data, marker: ownerHit.marker}})
      else if (!staffHit && !account.disclosure?.inProfile) report(file, meta, {messageId: 'missing-staff-marker', span: at, data, fix: fix?.fix, suggestions: fix ? [fix] : undefined})
      return
    case 'mixed':
      if (writer === 'staff' && ownerHit) {
        report(file, meta, {messageId: 'owner-marker-on-staff-post', span: ownerHit, data: {...data, marker: ownerHit.marker}})
      } else if (writer === 'owner' && staffHit) {
        report(file, meta, {messageId: 'staff-marker-on-owner-post', span: staffHit, data: {...data, marker: staffHit.marker}, warningOnly: true})
      } else if (!ownerHit && !staffHit) {
        report(file, meta, {messageId: 'missing-marker', span: at, data, fix: fix?.fix, suggestions: fix ? [fix] : undefined})
      }
  }
}

/** A marker counts only as a signature: at the very start of the post, or at its end (before links and hashtags). */
function findMarker(text: string, markers: readonly string[]): Hit | undefined {
  const lead = text.length - text.trimStart().length
  const body = withoutTrailing(text.trimEnd(), SYNTAX_TOKEN).replace(GLUED_EMOJI, '')
  for (const marker of markers) {
    if (marker === '^') {
      const tail = /\^\p{Lu}{1,4}$/u.exec(body)
      if (tail) return {marker: tail[0], start: tail.index, end: tail.index + tail[0].length}
      const head = /^\^\p{Lu}{1,4}\b/u.exec(text.slice(lead))
      if (head) return {marker: head[0], start: lead, end: lead + head[0].length}
      continue
    }
    const lower = marker.toLowerCase()
    if (body.toLowerCase().endsWith(lower) && /(?:^|[\s.!?,;:)])$/u.test(body.slice(0, body.length - marker.length))) {
      return {marker, start: body.length - marker.length, end: body.length}
    }
    if (text.slice(lead).toLowerCase().startsWith(lower) && /^(?:$|[\s:,.-])/u.test(text.slice(lead + marker.length))) {
      return {marker, start: lead, end: lead + marker.length}
    }
  }
  return undefined
}

// Titles in any language ("Hon.", "Dip.", "Mme") are not part of the owner's initials.
let titles: Set<string> | undefined

function initialsOf(name: string): string {
  titles ??= new Set(loadEveryLexicon<{titles?: string[]}>('profile', {}).flatMap((profile) => profile.titles ?? []))
  return name
    .split(/\s+/)
    .filter((word) => !titles!.has(word.replace(/\.$/, '').toLowerCase()))
    // An elided particle goes with the name it is written onto: "d’Estaing" gives the E of VGE.
    .map((word) => word.replace(/^\p{Ll}['’]/u, ''))
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
}

function whoWrote(author: string | undefined, owner: MessageValue): 'owner' | 'staff' | undefined {
  if (!author) return undefined
  if (author === 'self' || (typeof owner === 'string' && author.toUpperCase() === initialsOf(owner))) return 'owner'
  return 'staff'
}

// The marker to append when the writer is known: the owner's signature, or the staff mark with initials.
function markerFix(writer: 'owner' | 'staff' | undefined, author: string | undefined, ownerMarkers: string[], staffMarkers: string[], end: number) {
  let text: string | undefined
  if (writer === 'owner' && ownerMarkers[0]) text = ownerMarkers[0]
  if (writer === 'staff' && staffMarkers[0]) {
    const initials = author && /^\p{L}{1,4}$/u.test(author) && author !== 'staff' ? author.toUpperCase() : undefined
    text = staffMarkers[0] === '^' ? (initials ? `^${initials}` : undefined) : staffMarkers[0]
  }
  return text ? {desc: {fragment: 'add-at-end', data: {marker: text}}, fix: {range: [end, end] as [number, number], text: ` ${text}`}} : undefined
}

let statements: RegExp[] | undefined

/** Phrasings in every language: bios mix them ("Diputada. Posts by staff"). */
function statesManager(text: string): boolean {
  statements ??= loadEveryLexicon<{profileStatements: {pattern: string}[]}>('disclosure', {profileStatements: []}).flatMap((lexicon) =>
    lexicon.profileStatements.map(({pattern}) => lexiconPattern(pattern))
  )
  return statements.some((pattern) => pattern.test(text))
}

export const rule: RuleModule = {meta, attacher}
