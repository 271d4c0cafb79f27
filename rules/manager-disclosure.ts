// manager-disclosure: make clear who writes the account's posts, by the
// convention the office declares (account.managedBy and account.disclosure).
import {loadLexicon} from './lib/lexicon.js'
import {withoutTrailing} from './lib/syntax.js'
import {report} from './report.js'
import type {Language, RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'manager-disclosure',
  description: 'Posts say who wrote them, by the signature or staff mark the office declares.',
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
    'missing-staff-marker':
      'Staff write this account’s posts, so each post carries a staff mark ({{markers}}) at its start or end. Add it here.{{note}}',
    'missing-marker':
      'Posts on this account are written by {{owner}} or by staff: sign this one with {{ownerMarkers}} if {{owner}} wrote it, or with a staff mark ({{staffMarkers}}) if staff did.{{note}}',
    'owner-marker-on-staff-post':
      'Staff wrote this post, but it carries {{owner}}’s own signature “{{marker}}”: followers will believe {{owner}} wrote it. Use a staff mark ({{staffMarkers}}) instead.',
    'staff-marker-on-owner-post': '{{owner}} wrote this post, but it carries the staff mark “{{marker}}”. Sign it with {{ownerMarkers}} instead.',
    'staff-marker-on-self-account':
      'The config says {{owner}} writes every post (managedBy: self), but this post carries the staff mark “{{marker}}”. Remove it, or set managedBy to "mixed".',
    'profile-statement':
      'This profile does not say who manages the account. Add a line such as “Posts by staff, signed ^initials” or “Cuenta administrada por mi equipo”.'
  }
}

type Disclosure = {ownerMarkers?: string[]; staffMarkers?: string[]; inProfile?: boolean}
type Account = {owner?: string; managedBy?: 'self' | 'staff' | 'mixed'; disclosure?: Disclosure}
type Hit = {marker: string; start: number; end: number}

// What may follow a signature at the end of a post: links, hashtags, emoji.
const SYNTAX_TOKEN = /^(?:https?:\/\/\S+|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}\S*)$/u
const TITLES = new Set(['hon', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'dip', 'dep', 'sr', 'sra'])

const attacher: RuleAttacher = () => (_tree, file) => {
  const post = file.data.post
  const account = (post?.account ?? {}) as Account
  if (!post || !account.managedBy) return
  const text = String(file.value)
  const owner = account.owner || 'the member'
  const ownerMarkers = account.disclosure?.ownerMarkers ?? []
  const staffMarkers = account.disclosure?.staffMarkers ?? []
  const end = text.trimEnd().length
  const data = {
    owner,
    ownerMarkers: ownerMarkers.map((m) => `“${m}”`).join(' or ') || 'the member’s signature',
    staffMarkers: staffMarkers.map(describeMarker).join(' or ') || 'a staff mark',
    markers: staffMarkers.map(describeMarker).join(' or ') || 'a staff mark',
    note: ''
  }
  const at = {start: end, end}

  if (post.kind === 'profile') {
    if (account.managedBy !== 'self' && !statesManager(text, post.lang)) report(file, meta, {messageId: 'profile-statement', span: at})
    return
  }

  const ownerHit = findMarker(text, ownerMarkers)
  const staffHit = findMarker(text, staffMarkers)
  const writer = whoWrote(post.author, owner)
  const fix = markerFix(writer, post.author, ownerMarkers, staffMarkers, end)
  const misplaced = [...ownerMarkers, ...staffMarkers.filter((m) => m !== '^')].find((m) => text.includes(m))
  if (misplaced) data.note = ` (“${misplaced}” inside the text does not read as a signature: put it at the start or the end.)`

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

function describeMarker(marker: string): string {
  return marker === '^' ? '“^” and the writer’s initials, e.g. “^JL”' : `“${marker}”`
}

/** A marker counts only as a signature: at the very start of the post, or at its end (before links and hashtags). */
function findMarker(text: string, markers: readonly string[]): Hit | undefined {
  const lead = text.length - text.trimStart().length
  const body = withoutTrailing(text.trimEnd(), SYNTAX_TOKEN)
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

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !TITLES.has(word.replace(/\.$/, '').toLowerCase()))
    .map((word) => word[0])
    .join('')
}

function whoWrote(author: string | undefined, owner: string): 'owner' | 'staff' | undefined {
  if (!author) return undefined
  if (author === 'self' || author.toUpperCase() === initialsOf(owner)) return 'owner'
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
  return text ? {desc: `Add “${text}” at the end.`, fix: {range: [end, end] as [number, number], text: ` ${text}`}} : undefined
}

const statements = new Map<Language, RegExp[]>()

/** The profile's language's phrasings, and English ones, which bios in any language use. */
function statesManager(text: string, lang: Language): boolean {
  let patterns = statements.get(lang)
  if (!patterns) {
    patterns = [lang, 'en' as const].flatMap((language) =>
      loadLexicon<{profileStatements: {pattern: string}[]}>(language, 'disclosure', {profileStatements: []}).profileStatements.map(
        ({pattern}) => new RegExp(pattern, 'iu')
      )
    )
    statements.set(lang, patterns)
  }
  return patterns.some((pattern) => pattern.test(text))
}

export const rule: RuleModule = {meta, attacher}
