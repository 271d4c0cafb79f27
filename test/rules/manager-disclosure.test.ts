import {rule} from '../../rules/manager-disclosure.js'
import {describe, it} from 'vitest'
import {checkInvalid, ruleTester} from '../helpers/rule-tester.js'

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
    {name: 'staff: an emoji glued before the mark', text: 'We voted today. 🙏^JL', account: staff},
    {name: 'staff: an emoji glued after the mark', text: 'We voted today. ^JL🙏🏽', account: staff},
    {name: 'staff: a flag after the mark', text: 'Votamos hoy. ^JL 🇨🇱', account: staff},
    {name: 'mixed: the member’s signature with an emoji glued to it', text: '---\nauthor: self\n---\nI voted today. -MT❤️', account: mixed},
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
      name: 'staff: emoji at the end are not a mark',
      text: 'We voted today 🙏🇨🇱',
      account: staff,
      errors: [{messageId: 'missing-staff-marker', message: MISSING_STAFF, line: 1, column: 22, endLine: 1, endColumn: 22, severity: 2}]
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

describe('manager-disclosure messages in every locale', () => {
  // The staff marks as each locale lists and quotes them.
  const marks = {
    es: '«^» y las iniciales de quien escribe, p. ej., «^JL» o «(staff)»',
    fr: '«\u00a0^\u00a0» et les initiales de l’auteur, p. ex. «\u00a0^JL\u00a0» ou «\u00a0(staff)\u00a0»',
    pt: '“^” e as iniciais de quem escreve, p. ex., “^JL” ou “(staff)”'
  }
  it('speaks Spanish', async () => {
    await checkInvalid(rule, {
      text: '---\nauthor: JL\n---\nVotamos hoy.',
      locale: 'es',
      account: staff,
      errors: [
        {
          messageId: 'missing-staff-marker',
          message: `El equipo escribe las publicaciones de esta cuenta, así que cada una lleva una marca del equipo (${marks.es}) al principio o al final. Añádala aquí.`,
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 13,
          severity: 2,
          fix: {range: [31, 31], text: ' ^JL'},
          suggestions: [{desc: 'Añada «^JL» al final.', fix: {range: [31, 31], text: ' ^JL'}, output: '---\nauthor: JL\n---\nVotamos hoy. ^JL'}]
        }
      ],
      output: '---\nauthor: JL\n---\nVotamos hoy. ^JL'
    })
    await checkInvalid(rule, {
      text: 'Firmado -MT votamos hoy.',
      locale: 'es',
      account: mixed,
      errors: [
        {
          messageId: 'missing-marker',
          message: `Las publicaciones de esta cuenta las escribe Maria Torres o el equipo: firme esta con «-MT» si la escribió Maria Torres, o con una marca del equipo (${marks.es}) si la escribió el equipo. («-MT» en medio del texto no se lee como firma: póngalo al principio o al final).`,
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 25,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'Votamos hoy. -MT',
      locale: 'es',
      account: staff,
      errors: [
        {
          messageId: 'owner-marker-on-staff-post',
          message: `El equipo escribió esta publicación, pero lleva la firma personal de Maria Torres, «-MT»: los seguidores creerán que la escribió Maria Torres. Use una marca del equipo (${marks.es}).`,
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: '---\nauthor: self\n---\nVoté hoy. ^JL',
      locale: 'es',
      account: mixed,
      errors: [
        {
          messageId: 'staff-marker-on-owner-post',
          message: 'Maria Torres escribió esta publicación, pero lleva la marca del equipo «^JL». Fírmela con «-MT».',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 14,
          severity: 1
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'Votamos hoy. ^JL',
      locale: 'es',
      account: self,
      errors: [
        {
          messageId: 'staff-marker-on-self-account',
          message: 'La configuración dice que Maria Torres escribe todas las publicaciones (managedBy: self), pero esta lleva la marca del equipo «^JL». Quítela, o ponga managedBy en "mixed".',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
          severity: 1
        }
      ]
    })
    await checkInvalid(rule, {
      text: '---\nkind: profile\n---\nDiputada por Valparaíso.',
      locale: 'es',
      account: staff,
      errors: [
        {
          messageId: 'profile-statement',
          message: 'Este perfil no dice quién administra la cuenta. Añada una línea como «Cuenta administrada por mi equipo; sus mensajes van firmados ^iniciales».',
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 25,
          severity: 2
        }
      ]
    })
  })

  it('speaks French, and names the member when the config does not', async () => {
    const noOwner = {managedBy: 'mixed', disclosure: {staffMarkers: ['^']}}
    await checkInvalid(rule, {
      text: 'Nous avons voté.',
      locale: 'fr',
      account: noOwner,
      errors: [
        {
          messageId: 'missing-marker',
          message: 'Les publications de ce compte sont rédigées par le ou la parlementaire ou par l’équipe : signez celle-ci avec la signature du ou de la parlementaire si le ou la parlementaire l’a écrite, ou avec une marque de l’équipe («\u00a0^\u00a0» et les initiales de l’auteur, p. ex. «\u00a0^JL\u00a0») si c’est l’équipe.',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 17,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: 'Nous avons voté. -MT',
      locale: 'fr',
      account: staff,
      errors: [
        {
          messageId: 'owner-marker-on-staff-post',
          message: `L’équipe a rédigé cette publication, mais elle porte la signature personnelle de Maria Torres, «\u00a0-MT\u00a0» : les abonnés croiront que Maria Torres l’a écrite. Employez plutôt une marque de l’équipe (${marks.fr}).`,
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 21,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: '---\nkind: profile\n---\nDéputée de Paris.',
      locale: 'fr',
      account: staff,
      errors: [
        {
          messageId: 'profile-statement',
          message: 'Ce profil ne dit pas qui gère le compte. Ajoutez une ligne comme «\u00a0Compte géré par mon équipe, messages signés ^initiales\u00a0».',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 18,
          severity: 2
        }
      ]
    })
  })

  it('speaks Portuguese', async () => {
    await checkInvalid(rule, {
      text: 'Votamos hoje.',
      locale: 'pt',
      account: staff,
      errors: [
        {
          messageId: 'missing-staff-marker',
          message: `A equipe escreve as publicações desta conta, então cada uma leva uma marca da equipe (${marks.pt}) no início ou no fim. Acrescente-a aqui.`,
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 14,
          severity: 2
        }
      ]
    })
    await checkInvalid(rule, {
      text: '---\nauthor: MT\n---\nVotei hoje.',
      locale: 'pt',
      account: mixed,
      errors: [
        {
          messageId: 'missing-marker',
          message: `As publicações desta conta são escritas por Maria Torres ou pela equipe: assine esta com “-MT” se Maria Torres a escreveu, ou com uma marca da equipe (${marks.pt}) se foi a equipe.`,
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 12,
          severity: 2,
          fix: {range: [30, 30], text: ' -MT'},
          suggestions: [{desc: 'Acrescente “-MT” no fim.', fix: {range: [30, 30], text: ' -MT'}, output: '---\nauthor: MT\n---\nVotei hoje. -MT'}]
        }
      ],
      output: '---\nauthor: MT\n---\nVotei hoje. -MT'
    })
    await checkInvalid(rule, {
      text: '---\nkind: profile\n---\nDeputada federal.',
      locale: 'pt',
      account: staff,
      errors: [
        {
          messageId: 'profile-statement',
          message: 'Este perfil não diz quem administra a conta. Acrescente uma linha como “Conta administrada pela equipe, posts assinados ^iniciais”.',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 18,
          severity: 2
        }
      ]
    })
  })
})

// Edges of the signature: where a mark counts (start, end, after leading blank lines), what
// the fix offers when the writer is known, and how the owner's initials are read.
const SELF_WITH_STAFF = 'The config says Maria Torres writes every post (managedBy: self), but this post carries the staff mark “^JL”. Remove it, or set managedBy to "mixed".'
const problem = (messageId: string, message: string, line: number, column: number, endColumn: number, severity: 1 | 2 = 2) => ({messageId, message, line, column, endLine: line, endColumn, severity})
const addAtEnd = (text: string, marker: string) => {
  const at = text.length
  return {fix: {range: [at, at] as [number, number], text: ` ${marker}`}, suggestions: [{desc: `Add “${marker}” at the end.`, fix: {range: [at, at] as [number, number], text: ` ${marker}`}, output: `${text} ${marker}`}], output: `${text} ${marker}`}
}
const memberPost = '---\nauthor: MT\n---\nI voted today.'
const particlePost = '---\nauthor: MST\n---\nI voted today.'
const staffPost = '---\nauthor: JL\n---\nWe voted today.'
const elidedPost = '---\nauthor: LA\n---\nI voted today.'
const nicknamePost = '---\nauthor: RL\n---\nI voted today.'

ruleTester(rule, {
  valid: [
    {name: 'staff: “^” and initials at the start', text: '^JL We voted today.', account: staff},
    {name: 'mixed: a staff mark at the end, no author given', text: 'We voted today. (staff)', account: mixed}
  ],
  invalid: [
    {
      name: 'staff: without configured staff marks, the message asks for “a staff mark”',
      text: 'We voted today.',
      account: {owner: 'Maria Torres', managedBy: 'staff', disclosure: {ownerMarkers: ['-MT']}},
      errors: [problem('missing-staff-marker', 'Staff write this account’s posts, so each post carries a staff mark (a staff mark) at its start or end. Add it here.', 1, 16, 16)]
    },
    {
      name: 'mixed: a caret mark inside the text is not a signature, and “^” alone is not named as misplaced',
      text: 'Photo by ^JL: we voted today.',
      account: mixed,
      errors: [problem('missing-marker', MISSING_MIXED, 1, 30, 30)]
    },
    {
      name: 'mixed: a staff mark inside the text is named as misplaced',
      text: 'Thanks to our (staff) team, we voted today.',
      account: mixed,
      errors: [problem('missing-marker', `${MISSING_MIXED} (“(staff)” inside the text does not read as a signature: put it at the start or the end.)`, 1, 44, 44)]
    },
    {
      name: 'staff: the member’s signature after a blank first line',
      text: '\n-MT We voted today.',
      account: staff,
      errors: [problem('owner-marker-on-staff-post', OWNER_ON_STAFF, 2, 1, 4)]
    },
    {name: 'self: a caret mark at the start', text: '^JL We voted today.', account: self, errors: [problem('staff-marker-on-self-account', SELF_WITH_STAFF, 1, 1, 4, 1)]},
    {name: 'self: a caret mark after a blank first line', text: '\n^JL We voted today.', account: self, errors: [problem('staff-marker-on-self-account', SELF_WITH_STAFF, 2, 1, 4, 1)]},
    {
      name: 'mixed: a marker that only begins the first word is not a signature',
      text: 'MTA fares go up today.',
      account: account('mixed', {ownerMarkers: ['MT']}),
      errors: [
        problem(
          'missing-marker',
          'Posts on this account are written by Maria Torres or by staff: sign this one with “MT” if Maria Torres wrote it, or with a staff mark (“^” and the writer’s initials, e.g. “^JL” or “(staff)”) if staff did. (“MT” inside the text does not read as a signature: put it at the start or the end.)',
          1,
          23,
          23
        )
      ]
    },
    {
      name: 'mixed: a title (“Hon.”) is not part of the member’s initials',
      text: memberPost,
      account: {...mixed, owner: 'Hon. Maria Torres'},
      output: addAtEnd(memberPost, '-MT').output,
      errors: [
        {
          ...problem(
            'missing-marker',
            'Posts on this account are written by Hon. Maria Torres or by staff: sign this one with “-MT” if Hon. Maria Torres wrote it, or with a staff mark (“^” and the writer’s initials, e.g. “^JL” or “(staff)”) if staff did.',
            4,
            15,
            15
          ),
          fix: addAtEnd(memberPost, '-MT').fix,
          suggestions: addAtEnd(memberPost, '-MT').suggestions
        }
      ]
    },
    {
      name: 'mixed: a lower-case particle (“dos”) is not part of the member’s initials',
      text: particlePost,
      account: {...mixed, owner: 'Maria dos Santos Torres'},
      output: addAtEnd(particlePost, '-MT').output,
      errors: [
        {
          ...problem(
            'missing-marker',
            'Posts on this account are written by Maria dos Santos Torres or by staff: sign this one with “-MT” if Maria dos Santos Torres wrote it, or with a staff mark (“^” and the writer’s initials, e.g. “^JL” or “(staff)”) if staff did.',
            4,
            15,
            15
          ),
          fix: addAtEnd(particlePost, '-MT').fix,
          suggestions: addAtEnd(particlePost, '-MT').suggestions
        }
      ]
    },
    {
      name: 'mixed: an elided particle goes with the name after it (“d’Arcier” gives the A of LA)',
      text: elidedPost,
      account: {owner: 'Louise d’Arcier', managedBy: 'mixed', disclosure: {ownerMarkers: ['-LA'], staffMarkers: ['^', '(staff)']}},
      output: addAtEnd(elidedPost, '-LA').output,
      errors: [
        {
          ...problem(
            'missing-marker',
            'Posts on this account are written by Louise d’Arcier or by staff: sign this one with “-LA” if Louise d’Arcier wrote it, or with a staff mark (“^” and the writer’s initials, e.g. “^JL” or “(staff)”) if staff did.',
            4,
            15,
            15
          ),
          fix: addAtEnd(elidedPost, '-LA').fix,
          suggestions: addAtEnd(elidedPost, '-LA').suggestions
        }
      ]
    },
    {
      name: 'mixed: a nickname in quotation marks (“Bobby”) is not part of the member’s initials',
      text: nicknamePost,
      account: {owner: 'Robert “Bobby” Lane', managedBy: 'mixed', disclosure: {ownerMarkers: ['-RL'], staffMarkers: ['^', '(staff)']}},
      output: addAtEnd(nicknamePost, '-RL').output,
      errors: [
        {
          ...problem(
            'missing-marker',
            'Posts on this account are written by Robert “Bobby” Lane or by staff: sign this one with “-RL” if Robert “Bobby” Lane wrote it, or with a staff mark (“^” and the writer’s initials, e.g. “^JL” or “(staff)”) if staff did.',
            4,
            15,
            15
          ),
          fix: addAtEnd(nicknamePost, '-RL').fix,
          suggestions: addAtEnd(nicknamePost, '-RL').suggestions
        }
      ]
    },
    {
      name: 'staff: an author longer than four letters is a name, not initials: no caret fix',
      text: '---\nauthor: Jorge\n---\nWe voted today.',
      account: staff,
      errors: [problem('missing-staff-marker', MISSING_STAFF, 4, 16, 16)]
    },
    {
      name: 'staff: the first configured staff mark is the fix, here “(staff)”',
      text: staffPost,
      account: account('staff', {staffMarkers: ['(staff)', '^']}),
      output: addAtEnd(staffPost, '(staff)').output,
      errors: [
        {
          ...problem(
            'missing-staff-marker',
            'Staff write this account’s posts, so each post carries a staff mark (“(staff)” or “^” and the writer’s initials, e.g. “^JL”) at its start or end. Add it here.',
            4,
            16,
            16
          ),
          fix: addAtEnd(staffPost, '(staff)').fix,
          suggestions: addAtEnd(staffPost, '(staff)').suggestions
        }
      ]
    }
  ]
})
