import {rule} from '../../rules/manager-disclosure.js'
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
const PROFILE = 'This profile does not say who manages the account. Add a line such as “Posts by staff, signed ^initials” or “Cuenta administrada por mi equipo”.'

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
      name: 'a Spanish profile without a statement',
      text: '---\nkind: profile\nlang: es\n---\nDiputada por Valparaíso.',
      account: mixed,
      errors: [{messageId: 'profile-statement', message: PROFILE, line: 5, column: 25, endLine: 5, endColumn: 25, severity: 2}]
    }
  ]
})
