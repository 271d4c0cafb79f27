// troll-engagement: a draft that mentions or answers an account the office has
// identified as a troll or bot (config account.trolls) gets a warning: the
// guidelines advise not engaging with such accounts, but muting, blocking or
// ignoring them.
import type {Source} from 'nlcst'
import {report} from './report.js'
import type {RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'troll-engagement',
  name: {en: 'Troll engagement', es: 'Interacción con trols', fr: 'Interaction avec des trolls', pt: 'Interação com trolls'},
  description: {
    en: 'Drafts do not mention or answer accounts the office has identified as trolls or bots.',
    es: 'Los borradores no mencionan ni responden a cuentas que el despacho identificó como trols o bots.',
    fr: 'Les brouillons ne mentionnent pas les comptes que le bureau a identifiés comme trolls ou bots, et n’y répondent pas.',
    pt: 'Os rascunhos não mencionam nem respondem a contas que o gabinete identificou como trolls ou robôs (bots).'
  },
  guideline: {
    section: 'Maintain a network of followers free from trolls, setting limits, and being a friendly and active member of the community',
    summary: 'Set limits to interaction with accounts that attack systematically; do not feed trolls and bots.'
  },
  docs: 'docs/rules/troll-engagement.md',
  defaultSeverity: 'warn',
  schema: {type: 'object', properties: {}, additionalProperties: false},
  defaultOptions: {},
  fixable: false,
  messages: {
    troll: {
      en: 'The office has listed {{handle}} as a troll or bot account. The guidelines advise not engaging with such accounts: do not reply to or mention it; ignore, mute or block it instead.',
      es: 'El despacho registró {{handle}} como cuenta trol o bot. Las buenas prácticas aconsejan no interactuar con esas cuentas: no le responda ni la mencione; ignórela, siléncela o bloquéela.',
      fr: 'Le bureau a inscrit {{handle}} comme compte troll ou bot. Les bonnes pratiques conseillent de ne pas interagir avec ces comptes : ne lui répondez pas et ne le mentionnez pas ; ignorez-le, masquez-le ou bloquez-le.',
      pt: 'O gabinete registrou {{handle}} como conta de troll ou robô. As boas práticas recomendam não interagir com essas contas: não responda nem mencione; ignore, silencie ou bloqueie.'
    }
  }
}

/**
 * One form for every way a handle is written: no "@", lower case. "@User@Mastodon.Social"
 * and "user@mastodon.social" are one account; "user.bsky.social" is a Bluesky handle.
 */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/u, '').toLowerCase()
}

const attacher: RuleAttacher = () => (tree, file) => {
  const trolls = (file.data.post?.account?.trolls as string[] | undefined) ?? []
  if (trolls.length === 0) return
  const listed = new Map(trolls.map((handle) => [handleKey(handle), handle]))
  const visit = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'SourceNode') {
      const source = node as Source
      if (!source.value.startsWith('@')) return
      // The mention without the punctuation a sentence puts after it ("@angry.bsky.social...").
      const mention = source.value.replace(/[.,;:!?]+$/u, '')
      const handle = listed.get(handleKey(mention))
      const start = source.position!.start.offset!
      if (handle) report(file, meta, {messageId: 'troll', span: {start, end: start + mention.length}, data: {handle: mention}})
      return
    }
    node.children?.forEach((child) => visit(child as never))
  }
  visit(tree as never)
}

export const rule: RuleModule = {meta, attacher}
