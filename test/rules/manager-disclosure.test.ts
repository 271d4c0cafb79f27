import {rule} from '../../rules/manager-disclosure.js'
import {describe, expect, it} from 'vitest'
import type {Locale} from '../../src/lang/languages.js'
import {lintText} from '../helpers/lint-text.js'
import {ruleTester} from '../helpers/rule-tester.js'

const account = (managedBy: string, disclosure: Record<string, unknown> = {}) => ({
  owner: 'Maria Torres',
  managedBy,
  disclosure: {ownerMarkers: ['-MT'], staffMarkers: ['^', '(staff)'], ...disclosure}
})
const staff = account('staff')
const mixed = account('mixed')
const self = account('self')
const STAFF_MARKS = '“^” and the writer’s initials, e.g. “^JL” or “(staff)”'
const MISSING_MIXED = `Posts on this account are written by Maria Torres or by staff: sign this one with “-MT” if Maria Torres wrote it, or with a staff mark (${STAFF_MARKS}) if staff did.`
const MISSING_STAFF = `Staff write this account’s posts, so each post carries a staff mark (${STAFF_MARKS}) at its start or end. Add it here.`
const OWNER_ON_STAFF = `Staff wrote this post, but it carries Maria Torres’s own signature “-MT”: followers will believe Maria Torres wrote it. Use a staff mark (${STAFF_MARKS}) instead.`
const PROFILE = 'This profile does not say who manages the account. Add a line such as “Posts by staff, signed ^initials”.'

ruleTester(rule, {
  valid: [
    {name: 'no account config: nothing to enforce', text: 'We voted today.'},
    {name: 'staff: mark at the end', text: 'We voted today. ^JL', account: staff},
    {name: 'staff: mark before a link and hashtags', text: 'We voted today. ^JL https://example.gov #Vote', account: staff},
    {name: 'staff: mark at the start', text: '(staff) We voted today.', account: staff},
    {name: 'staff: the profile already discloses it', text: 'We voted today.', account: account('staff', {inProfile: true})},
    {name: 'mixed: signed by the member', text: '---\nauthor: self\n---\nI voted today. -MT', account: mixed},
    {name: 'mixed: signed by staff', text: '---\nauthor: JL\n---\nWe voted today. ^JL', account: mixed},
    {name: 'self: no marks needed', text: 'I voted today.', account: self},
    {name: 'profile in English', text: '---\nkind: profile\n---\nMember for Northside. Posts by staff, signed ^initials.', account: staff},
    {name: 'profile in Spanish', text: '---\nkind: profile\nlang: es\n---\nDiputada por Valparaíso. Cuenta administrada por mi equipo.', account: mixed},
    {name: 'profile in French', text: '---\nkind: profile\nlang: fr\n---\nDéputée de la 2e circonscription. Compte géré par l’équipe de Marie Dupont.', account: staff},
    {name: 'profile in Portuguese', text: '---\nkind: profile\nlang: pt\n---\nDeputada federal. Conta administrada pela equipe.', account: staff},
    {name: 'a bilingual profile, the statement in French', text: '---\nkind: profile\n---\nMember for Ottawa-Vanier. Publications de mon équipe.', account: staff},
    {name: 'a self-managed profile needs no statement', text: '---\nkind: profile\n---\nMember for Northside.', account: self}
  ],
  invalid: [
    {
      name: 'staff: no mark, pointing at the end of the post',
      text: 'We voted today.',
      account: staff,
      errors: [{messageId: 'missing-staff-marker', message: MISSING_STAFF, line: 1, column: 16, endLine: 1, endColumn: 16, severity: 2}]
    },
    {
      name: 'staff: no mark, with a fix from the author’s initials',
      text: '---\nauthor: JL\n---\nWe voted today.',
      account: staff,
      output: '---\nauthor: JL\n---\nWe voted today. ^JL',
      errors: [
        {
          messageId: 'missing-staff-marker',
          message: MISSING_STAFF,
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 16,
          severity: 2,
          fix: {range: [34, 34], text: ' ^JL'},
          suggestions: [{desc: 'Add “^JL” at the end.', fix: {range: [34, 34], text: ' ^JL'}, output: '---\nauthor: JL\n---\nWe voted today. ^JL'}]
        }
      ]
    },
    {
      name: 'staff: the member’s signature on a staff account',
      text: 'We voted today. -MT',
      account: staff,
      errors: [{messageId: 'owner-marker-on-staff-post', message: OWNER_ON_STAFF, line: 1, column: 17, endLine: 1, endColumn: 20, severity: 2}]
    },
    {
      name: 'mixed: no mark at all',
      text: 'We voted today.',
      account: mixed,
      errors: [{messageId: 'missing-marker', message: MISSING_MIXED, line: 1, column: 16, endLine: 1, endColumn: 16, severity: 2}]
    },
    {
      name: 'mixed: a marker inside a sentence is not a signature',
      text: 'Signed -MT we voted today.',
      account: mixed,
      errors: [
        {
          messageId: 'missing-marker',
          message: `${MISSING_MIXED} (“-MT” inside the text does not read as a signature: put it at the start or the end.)`,
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 27,
          severity: 2
        }
      ]
    },
    {
      name: 'mixed: staff wrote it but it carries the member’s signature (an error)',
      text: '---\nauthor: staff\n---\nWe voted today. -MT',
      account: mixed,
      errors: [{messageId: 'owner-marker-on-staff-post', message: OWNER_ON_STAFF, line: 4, column: 17, endLine: 4, endColumn: 20, severity: 2}]
    },
    {
      name: 'mixed: the member wrote it but it carries a staff mark (a warning)',
      text: '---\nauthor: self\n---\nI voted today. ^JL',
      account: mixed,
      errors: [
        {
          messageId: 'staff-marker-on-owner-post',
          message: 'Maria Torres wrote this post, but it carries the staff mark “^JL”. Sign it with “-MT” instead.',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 19,
          severity: 1
        }
      ]
    },
    {
      name: 'mixed: the member’s post gets the member’s signature as a fix',
      text: '---\nauthor: MT\n---\nI voted today.',
      account: mixed,
      output: '---\nauthor: MT\n---\nI voted today. -MT',
      errors: [
        {
          messageId: 'missing-marker',
          message: MISSING_MIXED,
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 15,
          severity: 2,
          fix: {range: [33, 33], text: ' -MT'},
          suggestions: [{desc: 'Add “-MT” at the end.', fix: {range: [33, 33], text: ' -MT'}, output: '---\nauthor: MT\n---\nI voted today. -MT'}]
        }
      ]
    },
    {
      name: 'self: a staff mark contradicts the config',
      text: 'We voted today. ^JL',
      account: self,
      errors: [
        {
          messageId: 'staff-marker-on-self-account',
          message: 'The config says Maria Torres writes every post (managedBy: self), but this post carries the staff mark “^JL”. Remove it, or set managedBy to "mixed".',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 20,
          severity: 1
        }
      ]
    },
    {
      name: 'a profile that does not say who manages the account',
      text: '---\nkind: profile\n---\nMember for Northside.',
      account: staff,
      errors: [{messageId: 'profile-statement', message: PROFILE, line: 4, column: 22, endLine: 4, endColumn: 22, severity: 2}]
    },
    {
      name: 'a French profile without a statement',
      text: '---\nkind: profile\nlang: fr\n---\nDéputée de la 2e circonscription.',
      account: staff,
      errors: [{messageId: 'profile-statement', message: PROFILE, line: 5, column: 34, endLine: 5, endColumn: 34, severity: 2}]
    },
    {
      name: 'a Spanish profile without a statement',
      text: '---\nkind: profile\nlang: es\n---\nDiputada por Valparaíso.',
      account: mixed,
      errors: [{messageId: 'profile-statement', message: PROFILE, line: 5, column: 25, endLine: 5, endColumn: 25, severity: 2}]
    }
  ]
})

/** The rule's messages on a draft, in one locale. */
async function disclosureMessages(text: string, locale: Locale, disclosureAccount: Record<string, unknown>) {
  const found = await lintText(text, {locale, account: disclosureAccount, registry: [rule], rules: {'manager-disclosure': 'error'}})
  return found.map(({messageId, message, suggestions}) => ({messageId, message, suggestions: suggestions?.map((s) => s.desc)}))
}

describe('manager-disclosure messages in every locale', () => {
  const es = {
    staffMarks: '«^» y las iniciales de quien escribe, p. ej., «^JL» o «(staff)»',
    fr: '«\u00a0^\u00a0» et les initiales de l’auteur, p. ex. «\u00a0^JL\u00a0» ou «\u00a0(staff)\u00a0»',
    pt: '“^” e as iniciais de quem escreve, p. ex., “^JL” ou “(staff)”'
  }
  it('speaks Spanish', async () => {
    expect(await disclosureMessages('---\nauthor: JL\n---\nVotamos hoy.', 'es', staff)).toEqual([
      {
        messageId: 'missing-staff-marker',
        message: `El equipo escribe las publicaciones de esta cuenta, así que cada una lleva una marca del equipo (${es.staffMarks}) al principio o al final. Añádala aquí.`,
        suggestions: ['Añada «^JL» al final.']
      }
    ])
    expect(await disclosureMessages('Firmado -MT votamos hoy.', 'es', mixed)).toEqual([
      {
        messageId: 'missing-marker',
        message: `Las publicaciones de esta cuenta las escribe Maria Torres o el equipo: firme esta con «-MT» si la escribió Maria Torres, o con una marca del equipo (${es.staffMarks}) si la escribió el equipo. («-MT» en medio del texto no se lee como firma: póngalo al principio o al final).`,
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('Votamos hoy. -MT', 'es', staff)).toEqual([
      {
        messageId: 'owner-marker-on-staff-post',
        message: `El equipo escribió esta publicación, pero lleva la firma personal de Maria Torres, «-MT»: los seguidores creerán que la escribió Maria Torres. Use una marca del equipo (${es.staffMarks}).`,
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('---\nauthor: self\n---\nVoté hoy. ^JL', 'es', mixed)).toEqual([
      {messageId: 'staff-marker-on-owner-post', message: 'Maria Torres escribió esta publicación, pero lleva la marca del equipo «^JL». Fírmela con «-MT».', suggestions: undefined}
    ])
    expect(await disclosureMessages('Votamos hoy. ^JL', 'es', self)).toEqual([
      {
        messageId: 'staff-marker-on-self-account',
        message: 'La configuración dice que Maria Torres escribe todas las publicaciones (managedBy: self), pero esta lleva la marca del equipo «^JL». Quítela, o ponga managedBy en "mixed".',
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('---\nkind: profile\n---\nDiputada por Valparaíso.', 'es', staff)).toEqual([
      {
        messageId: 'profile-statement',
        message: 'Este perfil no dice quién administra la cuenta. Añada una línea como «Cuenta administrada por mi equipo; sus mensajes van firmados ^iniciales».',
        suggestions: undefined
      }
    ])
  })

  it('speaks French, and names the member when the config does not', async () => {
    const noOwner = {managedBy: 'mixed', disclosure: {staffMarkers: ['^']}}
    expect(await disclosureMessages('Nous avons voté.', 'fr', noOwner)).toEqual([
      {
        messageId: 'missing-marker',
        message:
          'Les publications de ce compte sont rédigées par le ou la parlementaire ou par l’équipe : signez celle-ci avec la signature du ou de la parlementaire si le ou la parlementaire l’a écrite, ou avec une marque de l’équipe («\u00a0^\u00a0» et les initiales de l’auteur, p. ex. «\u00a0^JL\u00a0») si c’est l’équipe.',
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('Nous avons voté. -MT', 'fr', staff)).toEqual([
      {
        messageId: 'owner-marker-on-staff-post',
        message: `L’équipe a rédigé cette publication, mais elle porte la signature personnelle de Maria Torres, «\u00a0-MT\u00a0» : les abonnés croiront que Maria Torres l’a écrite. Employez plutôt une marque de l’équipe (${es.fr}).`,
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('---\nkind: profile\n---\nDéputée de Paris.', 'fr', staff)).toEqual([
      {messageId: 'profile-statement', message: 'Ce profil ne dit pas qui gère le compte. Ajoutez une ligne comme «\u00a0Compte géré par mon équipe, messages signés ^initiales\u00a0».', suggestions: undefined}
    ])
  })

  it('speaks Portuguese', async () => {
    expect(await disclosureMessages('Votamos hoje.', 'pt', staff)).toEqual([
      {
        messageId: 'missing-staff-marker',
        message: `A equipe escreve as publicações desta conta, então cada uma leva uma marca da equipe (${es.pt}) no início ou no fim. Acrescente-a aqui.`,
        suggestions: undefined
      }
    ])
    expect(await disclosureMessages('---\nauthor: MT\n---\nVotei hoje.', 'pt', mixed)).toEqual([
      {
        messageId: 'missing-marker',
        message: `As publicações desta conta são escritas por Maria Torres ou pela equipe: assine esta com “-MT” se Maria Torres a escreveu, ou com uma marca da equipe (${es.pt}) se foi a equipe.`,
        suggestions: ['Acrescente “-MT” no fim.']
      }
    ])
    expect(await disclosureMessages('---\nkind: profile\n---\nDeputada federal.', 'pt', staff)).toEqual([
      {messageId: 'profile-statement', message: 'Este perfil não diz quem administra a conta. Acrescente uma linha como “Conta administrada pela equipe, posts assinados ^iniciais”.', suggestions: undefined}
    ])
  })
})
