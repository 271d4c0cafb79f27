import {describe, expect, it} from 'vitest'
import {signature, similarPairs, similarity} from '../../rules/lib/minhash.js'
import {postWords, rule} from '../../rules/redundancy.js'
import {checkInvalid, checkValid, ruleTester} from '../helpers/rule-tester.js'

ruleTester(rule, {
  valid: [
    {name: '“bye bye” is a set phrase', text: 'Bye bye, winter session!'},
    {name: '“that that” is grammatical', text: 'We know that that vote matters.'},
    {name: '“had had” is grammatical', text: 'She had had enough of the delays.'},
    {name: 'a repeated word inside a quotation is the speaker’s', text: 'The mayor said “very very good” about the plan.'},
    {name: 'French reflexive verbs', text: 'Nous nous engageons pour les familles.', lang: 'fr'},
    {name: 'plan ahead of a date', text: 'We plan ahead of the vote on Tuesday.'},
    {name: 'a short sentence said twice is emphasis', text: 'Thank you! Thank you!'},
    {name: 'different hashtags and links', text: 'Read it #Budget #Schools https://example.gov/a https://example.gov/b'},
    {name: 'mentions may repeat', text: '@maria thanks! And @maria, see you Tuesday.'},
    {name: 'numbers may repeat', text: 'The vote was 12 12 in committee.'},
    {name: 'a capitalised pair is a name', text: 'Dee Dee and I thank the brothers of Zeta Zeta Lambda.'},
    {name: 'a name that contains a pleonasm', text: 'We opened the New Innovation Center today.'},
    {name: 'a bill number is not a link', text: 'We introduced H.Res.694 today. H.Res.694 turns silence into action.'},
    {name: 'two different sentences of the same length', text: 'Vote for the school budget today. Read the plan before next Tuesday.'},
    {name: 'a link’s path keeps its case', text: 'Read https://example.gov/Plan and https://example.gov/plan'},
    {name: 'an acronym phrase inside a capitalised name', text: 'Visit the ATM Machine Museum.'},
    {name: 'a phrase of three words inside a name with a small word', text: 'We attended the Consensus of Opinion Forum in Ottawa.'}
  ],
  invalid: [
    {
      name: 'a repeated word, with a fix that removes one',
      text: 'We will will vote today.',
      output: 'We will vote today.',
      errors: [
        {messageId: 'repeated-word', message: '“will” is written twice in a row. Remove one.', line: 1, column: 9, endLine: 1, endColumn: 13, severity: 2, fix: {range: [7, 12], text: ''}}
      ]
    },
    {
      name: '“very very” outside quotes',
      text: 'This is very very important.',
      output: 'This is very important.',
      errors: [
        {messageId: 'repeated-word', message: '“very” is written twice in a row. Remove one.', line: 1, column: 14, endLine: 1, endColumn: 18, severity: 2, fix: {range: [12, 17], text: ''}}
      ]
    },
    {
      name: 'a redundant acronym',
      text: 'Find the nearest ATM machine.',
      output: 'Find the nearest ATM.',
      errors: [
        {
          messageId: 'redundant-acronym',
          message: '“ATM machine” says it twice: the acronym already contains that word. Write “ATM”.',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 29,
          severity: 2,
          fix: {range: [17, 28], text: 'ATM'}
        }
      ]
    },
    {
      name: 'a redundant phrase keeps the capital',
      text: 'End result: the bill passed.',
      output: 'Result: the bill passed.',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“End result” is redundant (a result is the end). Write “Result”.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          severity: 2,
          fix: {range: [0, 10], text: 'Result'}
        }
      ]
    },
    {
      name: 'Spanish pleonasm',
      text: 'Vamos a volver a repetir la consulta.',
      lang: 'es',
      output: 'Vamos a repetir la consulta.',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“volver a repetir” is redundant (the verb already means doing it again). Write “repetir”.',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 25,
          severity: 2,
          fix: {range: [8, 24], text: 'repetir'}
        }
      ]
    },
    {
      name: 'a capitalised word then the same word in lower case is a repeat, not a name',
      text: 'The the vote is today.',
      output: 'The vote is today.',
      errors: [
        {messageId: 'repeated-word', message: '“the” is written twice in a row. Remove one.', line: 1, column: 5, endLine: 1, endColumn: 8, severity: 2, fix: {range: [3, 7], text: ''}}
      ]
    },
    {
      name: 'a word with a digit inside may not repeat, unlike a number',
      text: 'The G7 G7 summit opens today.',
      output: 'The G7 summit opens today.',
      errors: [
        {messageId: 'repeated-word', message: '“G7” is written twice in a row. Remove one.', line: 1, column: 8, endLine: 1, endColumn: 10, severity: 2, fix: {range: [6, 9], text: ''}}
      ]
    },
    {
      name: 'a word with a capital inside is not a capitalised name',
      text: 'We gave every school an iPad iPad.',
      output: 'We gave every school an iPad.',
      errors: [
        {messageId: 'repeated-word', message: '“iPad” is written twice in a row. Remove one.', line: 1, column: 30, endLine: 1, endColumn: 34, severity: 2, fix: {range: [28, 33], text: ''}}
      ]
    },
    {
      name: 'a phrase in capitals after a small first word is replaced in lower case',
      text: 'The end RESULT is clear.',
      output: 'The result is clear.',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“end RESULT” is redundant (a result is the end). Write “result”.',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 15,
          severity: 2,
          fix: {range: [4, 14], text: 'result'}
        }
      ]
    },
    {
      name: 'a sentence of four words said twice',
      text: 'We need your vote. We need your vote.',
      errors: [{messageId: 'repeated-sentence', message: 'This sentence repeats the one on line 1. Say it once.', line: 1, column: 20, endLine: 1, endColumn: 38, severity: 2}]
    },
    {
      name: 'a repeated hashtag after a tab, removed with the tab',
      text: 'Budget day #Vote\tgo\t#vote',
      output: 'Budget day #Vote\tgo',
      errors: [
        {
          messageId: 'repeated-hashtag',
          message: 'The hashtag #vote is already in this post (line 1). Use each hashtag once.',
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 26,
          severity: 2,
          fix: {range: [19, 25], text: ''}
        }
      ]
    },
    {
      name: 'the same sentence twice',
      text: 'Vote for the school budget today.\nWe need you.\nVote for the school budget today.',
      errors: [{messageId: 'repeated-sentence', message: 'This sentence repeats the one on line 1. Say it once.', line: 3, column: 1, endLine: 3, endColumn: 34, severity: 2}]
    },
    {
      name: 'a hashtag twice, in any case, with a fix that removes the second',
      text: 'Budget day #Vote\nGo #vote',
      output: 'Budget day #Vote\nGo',
      errors: [
        {
          messageId: 'repeated-hashtag',
          message: 'The hashtag #vote is already in this post (line 1). Use each hashtag once.',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 9,
          severity: 2,
          fix: {range: [19, 25], text: ''}
        }
      ]
    },
    {
      name: 'the same link in two forms',
      text: 'Read https://www.Example.gov/plan and http://example.gov/plan/',
      output: 'Read https://www.Example.gov/plan and',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 63,
          severity: 2,
          fix: {range: [37, 62], text: ''}
        }
      ]
    },
    {
      name: 'a link typed in capitals, as on a poster, is the same link',
      text: 'Register at WWW.EXAMPLE.ORG before Friday. Questions? See www.example.org',
      output: 'Register at WWW.EXAMPLE.ORG before Friday. Questions? See',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 74,
          severity: 2,
          fix: {range: [57, 73], text: ''}
        }
      ]
    },
    {
      name: 'a share link with and without its scheme: only the scheme that opens it is dropped, not the one in its query',
      text: 'Share it: https://www.facebook.com/sharer/sharer.php?u=https://example.gov/plan and www.facebook.com/sharer/sharer.php?u=https://example.gov/plan',
      output: 'Share it: https://www.facebook.com/sharer/sharer.php?u=https://example.gov/plan and',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 85,
          endLine: 1,
          endColumn: 146,
          severity: 2,
          fix: {range: [83, 145], text: ''}
        }
      ]
    },
    {
      name: 'a share link with and without “www.”: only the “www.” that opens its host is dropped, not the one in its query',
      text: 'Share it: https://www.facebook.com/sharer/sharer.php?u=www.example.gov/plan and https://facebook.com/sharer/sharer.php?u=www.example.gov/plan',
      output: 'Share it: https://www.facebook.com/sharer/sharer.php?u=www.example.gov/plan and',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 81,
          endLine: 1,
          endColumn: 142,
          severity: 2,
          fix: {range: [79, 141], text: ''}
        }
      ]
    },
    {
      name: 'a repeated link in brackets: the fix leaves the closing bracket',
      text: 'The plan (https://example.gov/plan/) and again (https://example.gov/plan/).',
      output: 'The plan (https://example.gov/plan/) and again ().',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 75,
          severity: 2,
          fix: {range: [48, 73], text: ''}
        }
      ]
    },
    {
      name: 'a repeated link whose own path has brackets is removed whole',
      text: 'See https://en.wikipedia.org/wiki/Senate_(Chile) and https://en.wikipedia.org/wiki/Senate_(Chile)',
      output: 'See https://en.wikipedia.org/wiki/Senate_(Chile) and',
      errors: [
        {
          messageId: 'repeated-link',
          message: 'This link is already in this post (line 1). One link is enough.',
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 98,
          severity: 2,
          fix: {range: [52, 97], text: ''}
        }
      ]
    }
  ]
})

describe('duplicate search', () => {
  it('reduces a post to words without links, handles and hashtags', () => {
    expect(postWords('Join us! @maria #Budget https://x.gov/a Don’t miss it')).toEqual(['join', 'us', 'don’t', 'miss', 'it'])
    expect(postWords('@maria #Budget https://x.gov/a')).toEqual([])
  })

  it('estimates similarity close to the true share of shared 3-grams', () => {
    const words = Array.from({length: 40}, (_, index) => `word${index}`)
    const changed = [...words.slice(0, 38), 'other', 'words']
    // 36 of 38 3-grams are shared: 36 / 40 in the union = 0.9
    const value = similarity(signature(words, 8)!, signature(changed, 8)!)
    expect(value).toBeGreaterThan(0.8)
    expect(value).toBeLessThan(1)
  })

  it('finds the near-duplicates among thousands of posts without comparing every pair', () => {
    const vocabulary = Array.from({length: 3000}, (_, index) => `w${index.toString(36)}`)
    let seed = 7
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
    const posts = Array.from({length: 5000}, () => Array.from({length: 25}, () => vocabulary[Math.floor(random() * vocabulary.length)]!))
    // Every 100th post is re-posted with its last word changed, and one post five times over.
    const copies: [number, number][] = []
    for (let index = 0; index < 5000; index += 100) {
      copies.push([index, posts.length])
      posts.push([...posts[index]!.slice(0, 24), 'changed'])
    }
    for (let copy = 0; copy < 5; copy++) posts.push([...posts[1]!])
    const pairs: [number, number][] = []
    const {compared} = similarPairs(
      posts.map((words) => signature(words, 8)!),
      0.85,
      () => true,
      (a, b) => pairs.push([a, b])
    )
    const found = new Set(pairs.map(([a, b]) => `${a}-${b}`))
    for (const [original, copy] of copies) expect(found.has(`${original}-${copy}`)).toBe(true)
    for (let copy = 0; copy < 5; copy++) expect(found.has(`1-${5050 + copy}`)).toBe(true)
    expect(pairs.length).toBe(copies.length + 5)
    const allPairs = (posts.length * (posts.length - 1)) / 2
    expect(compared).toBeLessThan(allPairs / 1000)
  })
})

describe('redundancy in French and Portuguese', () => {
  it('finds French pleonasms, and not a place after “monter en haut”', async () => {
    await checkInvalid(rule, {
      text: 'Il faut prévoir à l’avance, au jour d’aujourd’hui.',
      lang: 'fr',
      locale: 'fr',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '«\u00a0prévoir à l’avance\u00a0» est un pléonasme (prévoir, c\'est déjà voir à l\'avance). Écrivez «\u00a0prévoir\u00a0».',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 27,
          severity: 2,
          fix: {range: [8, 26], text: 'prévoir'}
        },
        {
          messageId: 'redundant-phrase',
          message: '«\u00a0au jour d’aujourd’hui\u00a0» est un pléonasme («\u00a0aujourd\'hui\u00a0» veut déjà dire «\u00a0ce jour\u00a0»). Écrivez «\u00a0aujourd\'hui\u00a0».',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 50,
          severity: 2,
          fix: {range: [28, 49], text: 'aujourd\'hui'}
        }
      ],
      output: 'Il faut prévoir, aujourd\'hui.'
    })
    await checkValid(rule, {text: 'Nous allons monter en haut de la tour Eiffel.', lang: 'fr', locale: 'fr'})
    await checkValid(rule, {text: 'Nous nous engageons à agir.', lang: 'fr', locale: 'fr'})
  })

  it('finds Portuguese pleonasms, keeping a number between the words', async () => {
    await checkInvalid(rule, {
      text: 'Isso foi há 10 anos atrás, um elo de ligação.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“há 10 anos atrás” é redundante (“há” já indica o passado). Escreva “há 10 anos”.',
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 26,
          severity: 2,
          fix: {range: [19, 25], text: ''}
        },
        {
          messageId: 'redundant-phrase',
          message: '“elo de ligação” é redundante (um elo já é uma ligação). Escreva “elo”.',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 45,
          severity: 2,
          fix: {range: [30, 44], text: 'elo'}
        }
      ],
      output: 'Isso foi há 10 anos, um elo.'
    })
    await checkInvalid(rule, {
      text: 'Foi há dois anos atrás.',
      lang: 'pt',
      locale: 'en',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“há dois anos atrás” is redundant (‘há’ already points to the past). Write “há dois anos”.',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 23,
          severity: 2,
          fix: {range: [16, 22], text: ''}
        }
      ],
      output: 'Foi há dois anos.'
    })
    await checkValid(rule, {text: 'Vamos subir para cima do palco.', lang: 'pt', locale: 'pt'})
  })

  it('finds a Portuguese pleonasm typed without accents, by the phrase list and by the pattern', async () => {
    await checkInvalid(rule, {
      text: 'Ha 10 anos atras, votei contra.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“Ha 10 anos atras” é redundante (“há” já indica o passado). Escreva “Ha 10 anos”.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
          severity: 2,
          fix: {range: [10, 16], text: ''}
        }
      ],
      output: 'Ha 10 anos, votei contra.'
    })
    await checkInvalid(rule, {
      text: 'Foi há dois anos atras.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“há dois anos atras” é redundante (“há” já indica o passado). Escreva “há dois anos”.',
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 23,
          severity: 2,
          fix: {range: [16, 22], text: ''}
        }
      ],
      output: 'Foi há dois anos.'
    })
  })

  it('deletes the redundant word of the phrase, not the same word earlier in the sentence', async () => {
    await checkInvalid(rule, {
      text: 'Com novos investimentos, vamos criar novos empregos.',
      lang: 'pt',
      locale: 'en',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“criar novos empregos” is redundant (what is created or innovative is new). Write “criar empregos”.',
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 52,
          severity: 2,
          fix: {range: [36, 42], text: ''}
        }
      ],
      output: 'Com novos investimentos, vamos criar empregos.'
    })
  })

  it('finds a pleonasm only the pattern knows before or after one the phrases found, and removes every space before the word', async () => {
    await checkInvalid(rule, {
      text: 'O elo de ligação foi criado há quase dois anos  atrás.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“elo de ligação” é redundante (um elo já é uma ligação). Escreva “elo”.',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 17,
          severity: 2,
          fix: {range: [2, 16], text: 'elo'}
        },
        {
          messageId: 'redundant-phrase',
          message: '“há quase dois anos  atrás” é redundante (“há” já indica o passado). Escreva “há quase dois anos”.',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 54,
          severity: 2,
          fix: {range: [46, 53], text: ''}
        }
      ],
      output: 'O elo foi criado há quase dois anos.'
    })
    await checkInvalid(rule, {
      text: 'Há quase dois anos atrás, criamos um elo de ligação.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '“Há quase dois anos atrás” é redundante (“há” já indica o passado). Escreva “Há quase dois anos”.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 25,
          severity: 2,
          fix: {range: [18, 24], text: ''}
        },
        {
          messageId: 'redundant-phrase',
          message: '“elo de ligação” é redundante (um elo já é uma ligação). Escreva “elo”.',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 52,
          severity: 2,
          fix: {range: [37, 51], text: 'elo'}
        }
      ],
      output: 'Há quase dois anos, criamos um elo.'
    })
  })

  it('speaks every locale', async () => {
    await checkInvalid(rule, {
      text: 'We will repeat again the the vote. Our HIV virus plan works. Our HIV virus plan works.',
      lang: 'en',
      locale: 'es',
      errors: [
        {
          messageId: 'redundant-phrase',
          message: '«repeat again» es redundante (el verbo ya significa hacerlo otra vez). Escriba «repeat».',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 21,
          severity: 2,
          fix: {range: [8, 20], text: 'repeat'}
        },
        {
          messageId: 'repeated-word',
          message: '«the» aparece dos veces seguidas. Quite una.',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 29,
          severity: 2,
          fix: {range: [24, 28], text: ''}
        },
        {
          messageId: 'redundant-acronym',
          message: '«HIV virus» lo dice dos veces: la sigla ya contiene esa palabra. Escriba «HIV».',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 49,
          severity: 2,
          fix: {range: [39, 48], text: 'HIV'}
        },
        {
          messageId: 'repeated-sentence',
          message: 'Esta oración repite la de la línea 1. Dígalo una sola vez.',
          line: 1,
          column: 62,
          endLine: 1,
          endColumn: 87,
          severity: 2
        },
        {
          messageId: 'redundant-acronym',
          message: '«HIV virus» lo dice dos veces: la sigla ya contiene esa palabra. Escriba «HIV».',
          line: 1,
          column: 66,
          endLine: 1,
          endColumn: 75,
          severity: 2,
          fix: {range: [65, 74], text: 'HIV'}
        }
      ],
      output: 'We will repeat the vote. Our HIV plan works. Our HIV plan works.'
    })
    await checkInvalid(rule, {
      text: 'Vote #Oui https://a.fr #Oui https://a.fr',
      lang: 'fr',
      locale: 'fr',
      errors: [
        {
          messageId: 'repeated-hashtag',
          message: 'Le mot-dièse #Oui figure déjà dans cette publication (ligne 1). Employez chaque mot-dièse une seule fois.',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 28,
          severity: 2,
          fix: {range: [22, 27], text: ''}
        },
        {
          messageId: 'repeated-link',
          message: 'Ce lien figure déjà dans cette publication (ligne 1). Un seul lien suffit.',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 41,
          severity: 2,
          fix: {range: [27, 40], text: ''}
        }
      ],
      output: 'Vote #Oui https://a.fr'
    })
    await checkInvalid(rule, {
      text: 'Votamos a a lei.',
      lang: 'pt',
      locale: 'pt',
      errors: [
        {
          messageId: 'repeated-word',
          message: '“a” aparece duas vezes seguidas. Retire uma.',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 12,
          severity: 2,
          fix: {range: [9, 11], text: ''}
        }
      ],
      output: 'Votamos a lei.'
    })
  })
})

describe('duplicate posts: which post is reported, against which, and how', () => {
  const options = {similarity: 0.85, minWords: 8}
  const TEXT = 'The new clinic on Main Street opens on Monday with twelve doctors and a pharmacy.'
  const NEAR = 'The new clinic on Main Street opens on Monday with twelve doctors and a pharmacy, finally.'
  const post = (index: number, text: string, date?: string, published = false) => ({
    index,
    path: `post-${index}.md`,
    date,
    published,
    summary: rule.crossPost!.summarizeText!(text, 'en', options)
  })
  const compare = (posts: ReturnType<typeof post>[]) => rule.crossPost!.compare(posts, options)
  const at = {line: 1, column: 1}
  const same = {fragment: 'same'}

  it('leaves a post too short to compare without a summary', () => {
    expect(rule.crossPost!.summarizeText!('Too short to compare.', 'en', options)).toBeUndefined()
  })

  it('reports the later-dated draft, whatever the run order', () => {
    const dated = (date: string) => ({fragment: 'dated', data: {date}})
    expect(compare([post(0, TEXT, '2026-03-02'), post(1, TEXT, '2026-03-01')])).toEqual([
      {post: 0, messageId: 'duplicate-post', data: {how: same, other: 'post-1.md', when: dated('2026-03-01')}, at}
    ])
    expect(compare([post(0, TEXT, '2026-03-01'), post(1, TEXT, '2026-03-02')])).toEqual([
      {post: 1, messageId: 'duplicate-post', data: {how: same, other: 'post-0.md', when: dated('2026-03-01')}, at}
    ])
  })

  it('reports the later draft in run order when dates are equal or missing', () => {
    expect(compare([post(0, TEXT, '2026-03-01'), post(1, TEXT, '2026-03-01')])).toEqual([
      {post: 1, messageId: 'duplicate-post', data: {how: same, other: 'post-0.md', when: {fragment: 'dated', data: {date: '2026-03-01'}}}, at}
    ])
    expect(compare([post(0, TEXT), post(1, TEXT)])).toEqual([{post: 1, messageId: 'duplicate-post', data: {how: same, other: 'post-0.md', when: ''}, at}])
  })

  it('a published post came first, even when the draft is dated earlier', () => {
    expect(compare([post(0, TEXT, '2026-03-05', true), post(1, TEXT, '2026-03-01')])).toEqual([
      {post: 1, messageId: 'published-before', data: {how: same, other: 'post-0.md', when: {fragment: 'published', data: {date: '2026-03-05'}}}, at}
    ])
  })

  it('reports each later draft once, against the earlier post most like it, whatever the run order', () => {
    const NEARBY = TEXT.replace('pharmacy', 'pharmacy nearby')
    const similar = (percent: number) => ({fragment: 'similar', data: {percent}})
    expect(compare([post(0, TEXT), post(1, NEAR), post(2, NEARBY)])).toEqual([
      {post: 1, messageId: 'duplicate-post', data: {how: similar(95), other: 'post-0.md', when: ''}, at},
      {post: 2, messageId: 'duplicate-post', data: {how: similar(93), other: 'post-0.md', when: ''}, at}
    ])
    expect(compare([post(0, NEAR), post(1, TEXT), post(2, NEARBY)])).toEqual([
      {post: 1, messageId: 'duplicate-post', data: {how: similar(95), other: 'post-0.md', when: ''}, at},
      {post: 2, messageId: 'duplicate-post', data: {how: similar(93), other: 'post-1.md', when: ''}, at}
    ])
    expect(compare([post(0, TEXT), post(1, NEAR), post(2, TEXT)])).toEqual([
      {post: 2, messageId: 'duplicate-post', data: {how: same, other: 'post-0.md', when: ''}, at},
      {post: 1, messageId: 'duplicate-post', data: {how: similar(95), other: 'post-0.md', when: ''}, at}
    ])
  })

  it('never reports a published post', () => {
    expect(compare([post(0, TEXT, undefined, true), post(1, NEAR, undefined, true)])).toEqual([])
  })
})
