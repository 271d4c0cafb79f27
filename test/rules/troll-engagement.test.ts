import {describe, expect, it} from 'vitest'
import {handleKey, rule} from '../../rules/troll-engagement.js'
import {ruleTester} from '../helpers/rule-tester.js'

const account = {trolls: ['@BotNet99', 'troll@mastodon.social', 'angry.bsky.social']}
const troll = (handle: string) =>
  `The office has listed ${handle} as a troll or bot account. The guidelines advise not engaging with such accounts: do not reply to or mention it; ignore, mute or block it instead.`

ruleTester(rule, {
  valid: [
    {name: 'no list: nothing to check', text: '@BotNet99 hello'},
    {name: 'other accounts', text: '@BotNet98 and @troll@other.social, thanks!', account},
    {name: 'a bare name is not a Mastodon account on another server', text: 'Thanks @troll!', account},
    {name: 'the name in plain words is not a mention', text: 'BotNet99 posted again today.', account},
    {name: 'an empty list', text: '@BotNet99 hello', account: {trolls: []}},
    {name: 'a hashtag named like a listed account', text: '#BotNet99 is trending again.', account},
    {name: 'a link to a listed account’s page', text: 'See https://x.com/BotNet99 and angry.bsky.social/profile today.', account},
    {name: 'an address without its leading @ is not a mention', text: 'Write to troll@mastodon.social today.', account}
  ],
  invalid: [
    {
      name: 'a reply to a listed account, in any case',
      text: '@botnet99 you again?',
      account,
      errors: [{messageId: 'troll', message: troll('@botnet99'), line: 1, column: 1, endLine: 1, endColumn: 10, severity: 2}]
    },
    {
      name: 'Mastodon and Bluesky full handles, with punctuation after',
      text: 'Thanks @Troll@Mastodon.Social and @angry.bsky.social.',
      account,
      errors: [
        {messageId: 'troll', message: troll('@Troll@Mastodon.Social'), line: 1, column: 8, endLine: 1, endColumn: 30, severity: 2},
        {messageId: 'troll', message: troll('@angry.bsky.social'), line: 1, column: 35, endLine: 1, endColumn: 53, severity: 2}
      ]
    },
    {
      name: 'a run of punctuation after a handle is not part of it',
      text: 'Really, @angry.bsky.social...? Ask @troll@mastodon.social?!',
      account,
      errors: [
        {messageId: 'troll', message: troll('@angry.bsky.social'), line: 1, column: 9, endLine: 1, endColumn: 27, severity: 2},
        {messageId: 'troll', message: troll('@troll@mastodon.social'), line: 1, column: 36, endLine: 1, endColumn: 58, severity: 2}
      ]
    }
  ]
})

describe('handleKey', () => {
  it('drops the @ and the case', () => {
    expect([handleKey('@BotNet99'), handleKey('botnet99'), handleKey(' @User@Host.Social ')]).toEqual(['botnet99', 'botnet99', 'user@host.social'])
  })
})
