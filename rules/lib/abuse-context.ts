// Reads one sentence for gendered abuse by its structure, not by a word
// anywhere in it: who a word is aimed at (a woman the sentence names or
// addresses, near it in the same clause), whether a capitalised word is a name,
// threats as a verb of violence with her (or the reader) as object and a cue of
// intent before it, and appearance remarks as her clothes or body in a
// political sentence. Use and mention are decided by the rule, which sees the
// whole post.
import type {AbuseLexicon, Category, Entry, Hit} from './abuse-lexicon.js'
import type {SentenceView} from './sentence-view.js'

export type Finding = {
  category: Category
  reason: string
  start: number
  end: number
  /** It addresses someone, so a condemnation nearby does not make it a mention. */
  addressed: boolean
  /** Someone else's words: inside quotation marks, or after a reporting verb ("they called her..."). */
  named: boolean
}

/** A woman the sentence speaks of: one woman, women as a group, any woman ("a woman", "every woman"), or none ("no woman"). */
type Kind = 'one' | 'many' | 'any' | 'none'
type Target = {first: number; last: number; kind: Kind}
const SOME: readonly Kind[] = ['one', 'many', 'any']

// How far (in words) a woman target may stand from a word for the word to be aimed at her.
const WINDOW = 5

export class SentenceReader {
  private targetList?: Target[]
  private readonly hits: Hit<{phrase: string; entry: Entry}>[]

  constructor(
    private readonly view: SentenceView,
    private readonly lexicon: AbuseLexicon,
    private readonly quoted: (offset: number) => boolean
  ) {
    this.hits = [...lexicon.entries.match(view.stems), ...lexicon.accented.match(view.lower)]
  }

  findings(): Finding[] {
    const found = [...this.entryFindings(), ...this.groupHateFindings(), ...this.appearanceFindings(), ...this.threatFindings(), ...this.patternFindings()]
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    // One finding per span and category: a phrase and a pattern may both see "back to the kitchen".
    return found.filter((finding, index) => !found.slice(0, index).some((other) => other.category === finding.category && other.start < finding.end && finding.start < other.end))
  }

  private finding(category: Category, reason: string, first: number, last: number, addressed = false): Finding {
    const tokens = this.view.tokens
    return this.place({category, reason, start: tokens[first]!.start, end: tokens[last]!.end, addressed})
  }

  private place(finding: Omit<Finding, 'named'>): Finding {
    const named = this.quoted(finding.start) || this.lexicon.reporting.test(this.view.textBefore(finding.start))
    return {...finding, named}
  }

  // ------------------------------------------------------------------ targets

  /** The women the sentence speaks of, found once. */
  private targets(): Target[] {
    if (this.targetList) return this.targetList
    const {view, lexicon} = this
    const list: Target[] = []
    for (let index = 0; index < view.length; index++) {
      const one = Math.max(lexicon.women.startingAt(view.words, index), lexicon.women.startingAt(view.stems, index))
      const many = one ? 0 : Math.max(lexicon.womenPlural.startingAt(view.words, index), lexicon.womenPlural.startingAt(view.stems, index))
      // An office of any gender is a woman after "la", "Madam", "a senhora"...
      const office = one || many ? 0 : lexicon.officials.startingAt(view.stems, index)
      const marked = office > 0 && [1, 2].some((back) => index - back >= 0 && lexicon.feminineMarkers.has(view.words[index - back]))
      const length = one || many || (marked ? office : 0)
      if (!length) continue
      const quantified = (set: typeof lexicon.generic) => [1, 2].some((back) => index - back >= 0 && set.endingAt(view.words, index - back) > 0 && view.joined(index - back, index))
      const kind: Kind = quantified(lexicon.none) ? 'none' : quantified(lexicon.generic) ? 'any' : many ? 'many' : 'one'
      list.push({first: index, last: index + length - 1, kind})
      index += length - 1
    }
    // A slur names a woman: "This whore deserves to be shot".
    for (const [{entry}, first, last] of this.hits) {
      if (entry.category === 'slur' && entry.target === 'always' && !list.some((target) => target.first <= last && first <= target.last)) list.push({first, last, kind: 'one'})
    }
    this.targetList = list
    return list
  }

  private hasTarget(kinds: readonly Kind[]): boolean {
    return this.targets().some((target) => kinds.includes(target.kind))
  }

  /**
   * A woman target within WINDOW words of first..last and not across a colon or semicolon, or
   * the subject that opens the clause ("Ela só chegou ao ministério porque dormiu com o chefe").
   */
  private governed(first: number, last: number, kinds: readonly Kind[]): boolean {
    const {view} = this
    const breaks = (from: number, to: number, pattern: RegExp) => {
      for (let index = from + 1; index <= to; index++) if (pattern.test(view.gapBefore(index))) return true
      return false
    }
    return this.targets().some((target) => {
      if (!kinds.includes(target.kind) || (target.first >= first && target.last <= last)) return false
      const [from, to] = target.last < first ? [target.last, first] : [last, target.first]
      if (to < from) return false
      const opensClause = target.last < first && (target.first === 0 || /[,;:]/u.test(view.gapBefore(target.first)))
      if (opensClause && !breaks(from, to, /[,;:]/u)) return true
      return to - from <= WINDOW && !breaks(from, to, /[;:]/u)
    })
  }

  // ------------------------------------------------------------------ entries

  private entryFindings(): Finding[] {
    const {view} = this
    const found: Finding[] = []
    for (const [{entry}, first, last] of this.hits) {
      if (this.otherMeaning(entry, first, last) || this.isName(first, last)) continue
      const addressed = this.addressed(entry, first, last)
      // A one-word sentence ("Bitch.") may be the insult a condemning post lists: only a longer one overrides a condemnation.
      const finding = this.finding(entry.category, entry.reason, first, last, addressed && view.length > 1)
      // A slur quoted or reported is what she was called, aimed or not (unless it is also an animal): the rule suggests masking it.
      if (addressed || this.aimed(entry, first, last) || (finding.named && entry.category === 'slur' && entry.target !== 'target')) found.push(finding)
    }
    return found
  }

  /** A neighbouring word, in the same phrase, gives the entry another meaning ("fat cats", "fils de pute"). */
  private otherMeaning(entry: Entry, first: number, last: number): boolean {
    const {view, lexicon} = this
    const after = lexicon.notBefore.get(entry)?.startingAt(view.words, last + 1) ?? 0
    if (after && view.joined(last, last + after)) return true
    const before = lexicon.notAfter.get(entry)?.endingAt(view.words, first - 1) ?? 0
    return before > 0 && view.joined(first - before, first)
  }

  /**
   * A real name: capitalised inside a sentence ("rue Poissonnière", "Mayor Dick Harper"), or at its start
   * when a capitalised word that is not a title follows ("Hooker County", not "Frumpy Councilwoman Lee").
   * Not in a headline, where every word is capitalised, nor in capitals.
   */
  private isName(first: number, last: number): boolean {
    const {view, lexicon} = this
    if (view.headline) return false
    for (let index = first; index <= last; index++) if (!view.capitalised(index)) return false
    if (first > 0) return true
    const next = last + 1
    const title = lexicon.women.has(view.stems[next]) || lexicon.officials.has(view.stems[next])
    return next < view.length && view.capitalised(next) && view.joined(last, next) && !title
  }

  /** The word addresses someone: it stands alone between punctuation, or an insult frame ("you", "espèce de", "sua") comes before it. */
  private addressed(entry: Entry, first: number, last: number): boolean {
    const {view} = this
    const petName = entry.target === 'vocative'
    // An insult frame aims an insult; before a pet name it is a possessive ("sua filha Pamela").
    if (!petName && this.framed(first)) return true
    if (!view.standsAlone(first, last) || this.listItem(first, last)) return false
    // "Putain, quelle journée", "Pas moyen, putain !": an exclamation, not an address.
    if (entry.interjection) return false
    // "Happy anniversary, sweetheart!", "Obrigada, querida Ana", "Eduardo, meu amor,": affection, not condescension; a belittling word that is no pet name is sarcasm there ("Obrigada, sabichona!").
    if (petName) return !this.warm(first) && !this.nextToName(first, last)
    return true
  }

  /**
   * An item of a list ("Borracha, guarra, mujer de, desquiciada, histérica, loca."), not an address:
   * its comma-separated segment and two more in a row are one or two words long.
   */
  private listItem(first: number, last: number): boolean {
    const {view} = this
    const segments: [number, number][] = []
    let start = 0
    for (let index = 1; index <= view.length; index++) {
      if (index === view.length || /[,;:()]/u.test(view.gapBefore(index))) {
        segments.push([start, index - 1])
        start = index
      }
    }
    const short = segments.map(([from, to]) => to - from < 2)
    const at = segments.findIndex(([from, to]) => from <= first && last <= to)
    let run = 1
    for (let index = at - 1; index >= 0 && short[index]; index--) run++
    for (let index = at + 1; index < segments.length && short[index]; index++) run++
    return short[at] === true && run >= 3
  }

  private warm(first: number): boolean {
    return first > 0 && this.lexicon.warm.endingAt(this.view.words, first - 1) > 0
  }

  /**
   * A name right after the pet name ("querida Ana") or right before it inside the sentence ("Gov Dória, docinho");
   * a capitalised first word may be an order instead ("Listen, young lady").
   */
  private nextToName(first: number, last: number): boolean {
    const {view} = this
    if (view.headline) return false
    return (last + 1 < view.length && view.capitalised(last + 1)) || (first > 1 && view.capitalised(first - 1) && /^[\s,]*$/u.test(view.gapBefore(first)))
  }

  /**
   * Skipping degree words and other entries, an insult frame ends before `first`, in the same phrase: "espèce de
   * vieille folle", "sua vaca". Any other word between makes the frame a possessive ("suas ideias loucas").
   */
  private framed(first: number): boolean {
    const {view, lexicon} = this
    let index = first - 1
    while (index >= 0) {
      const frame = lexicon.insultFrames.endingAt(view.words, index)
      if (frame) return view.joined(index - frame + 1, first)
      if (!lexicon.degree.has(view.words[index]) && !this.hitEndsAt(index)) return false
      index--
    }
    return false
  }

  private aimed(entry: Entry, first: number, last: number): boolean {
    switch (entry.target) {
      case 'always':
        return true
      case 'vocative':
        return false
      case 'target':
        return this.governed(first, last, entry.category === 'stereotype' ? SOME : ['one'])
      case 'nominal':
        return this.nominal(first, last) || this.predicated(first) || this.hitEndsAt(first - 1) || this.hitStartsAt(last + 1)
    }
  }

  /** After a determiner, and where a noun phrase ends: "esa loca", "la loca de la diputada", "cette vieille moche". */
  private nominal(first: number, last: number): boolean {
    const {view, lexicon} = this
    let index = first - 1
    while (index >= 0 && lexicon.degree.has(view.words[index]) && !lexicon.determiners.endingAt(view.words, index)) index--
    const determiner = index >= 0 ? lexicon.determiners.endingAt(view.words, index) : 0
    if (!determiner || !view.joined(index, first)) return false
    return (
      last === view.length - 1 ||
      /^\s*[^\s\p{L}\p{N}]/u.test(view.gapAfter(last)) ||
      lexicon.afterNoun.startingAt(view.words, last + 1) > 0 ||
      this.hitStartsAt(last + 1)
    )
  }

  /** Said of a woman with a copula: "la diputada está loca", "a senadora é burra". */
  private predicated(first: number): boolean {
    const {view, lexicon} = this
    let index = first - 1
    // A copula ends the skip even when its folded form is also a determiner (es, pt "está" is "esta").
    while (index >= 0 && !lexicon.copulas.endingAt(view.words, index) && (lexicon.degree.has(view.words[index]) || lexicon.determiners.has(view.words[index]))) index--
    const copula = index >= 0 ? lexicon.copulas.endingAt(view.words, index) : 0
    if (!copula) return false
    const copulaStart = index - copula + 1
    return this.targets().some((target) => (target.kind === 'one' || target.kind === 'many') && target.last <= copulaStart && copulaStart - target.last <= WINDOW)
  }

  private hitEndsAt(index: number): boolean {
    return this.hits.some(([, , last]) => last === index)
  }

  private hitStartsAt(index: number): boolean {
    return this.hits.some(([, first]) => first === index)
  }

  // ------------------------------------------------------------------ women as a group

  /** Hatred or contempt for women as a group: "I hate women", "les femmes sont des ordures", "las mujeres merecen morir". */
  private groupHateFindings(): Finding[] {
    const {view, lexicon} = this
    const {groupHate} = lexicon
    const groups = this.targets().filter((target) => target.kind !== 'none')
    if (groups.length === 0) return []
    const negated = (from: number, to: number) => view.words.slice(Math.max(from, 0), to).some((word) => lexicon.negations.has(word))
    const predicates = groupHate.predicates.match(view.stems)
    const found: Finding[] = []
    for (const group of groups) {
      // Contempt is for women as a group; a wish for her death is a threat to one woman too ("she should die").
      const many = group.kind !== 'one'
      // "I hate women", "odio a las mujeres": the verb up to two words before them, not negated.
      for (const back of many ? [1, 2, 3] : []) {
        const verb = groupHate.verbs.endingAt(view.words, group.first - back)
        if (!verb || !view.joined(group.first - back, group.first)) continue
        const start = group.first - back - verb + 1
        const noun = start > 0 && groupHate.nounBefore.has(view.words[start - 1])
        if (!noun && !negated(start - 2, start)) found.push(this.finding('misogyny', groupHate.reason, start, group.last))
        break
      }
      // "women are trash" (a copula, then only degree words), "women deserve to die" (right after them); same clause, not negated.
      for (const [predicate, first, last] of predicates) {
        if ((!many && predicate.category !== 'threat') || first <= group.last || first - group.last > WINDOW || !view.joined(group.last, first)) continue
        // "ne sont pas des ordures" denies; "ne sont rien que des ordures" does not.
        const restricted = [1, 2, 3].some((back) => groupHate.restrictive.endingAt(view.words, first - back) > 0)
        if (negated(group.last + 1, first) && !restricted) continue
        if (predicate.after === 'copula' ? !this.copulaBefore(first, group.last) : first - group.last > 3) continue
        found.push(this.finding(predicate.category, predicate.reason, group.first, last))
      }
    }
    return found
  }

  /** A copula ends before `first`, after `after`, with only degree words, negations and restrictions between. */
  private copulaBefore(first: number, after: number): boolean {
    const {view, lexicon} = this
    let index = first - 1
    while (index > after) {
      if (lexicon.copulas.endingAt(view.words, index)) return true
      const word = view.words[index]
      if (!lexicon.degree.has(word) && !lexicon.determiners.has(word) && !lexicon.negations.has(word) && !lexicon.groupHate.restrictive.has(word)) return false
      index--
    }
    return false
  }

  // ------------------------------------------------------------------ appearance

  /** Her clothes or body named in a political sentence: "her fake smile at the hearing", "o decote da ministra". */
  private appearanceFindings(): Finding[] {
    const {view, lexicon} = this
    const {appearance} = lexicon
    const found: Finding[] = []
    for (const [{phrase}, first, last] of appearance.nouns.match(view.stems)) {
      const owner = this.owner(first, last)
      if (!owner || (owner === 'official' && !appearance.womenswear.has(phrase))) continue
      if (!view.stems.some((word) => lexicon.political.has(word))) continue
      if (view.words.slice(0, first).some((word) => lexicon.negations.has(word))) continue
      found.push(this.finding('appearance', appearance.reason, first, last))
    }
    return found
  }

  /** Whose the clothes or body are: one woman, an office holder, or nobody in particular. */
  private owner(first: number, last: number): 'woman' | 'official' | undefined {
    const {view, lexicon} = this
    const {owners, of} = lexicon.appearance
    const whose = (index: number): 'woman' | 'official' | undefined => {
      if (lexicon.women.has(view.stems[index])) return 'woman'
      if (lexicon.officials.has(view.stems[index])) return 'official'
      return undefined
    }
    const sentenceOwner = (): 'woman' | 'official' | undefined =>
      this.hasTarget(['one']) ? 'woman' : view.stems.some((word) => lexicon.officials.has(word)) ? 'official' : undefined
    // "her dress", "sa robe", "that red dress", "the senator's dress"
    for (const back of [1, 2]) {
      const index = first - back
      if (index < 0 || !view.joined(index, first)) break
      const word = view.words[index]!
      if (word.endsWith("'s") && whose(index)) return whose(index)
      if (owners.has(word)) return lexicon.women.has(word) ? 'woman' : sentenceOwner()
    }
    // "la robe de la députée", "o decote dela"
    const next = last + 1
    if (next < view.length && of.has(view.words[next]) && view.joined(last, next)) {
      if (lexicon.women.has(view.words[next])) return 'woman'
      for (const ahead of [1, 2]) {
        const owner = next + ahead < view.length ? whose(next + ahead) : undefined
        if (owner) return this.targets().some((target) => target.first === next + ahead && target.kind !== 'one') ? undefined : owner
      }
    }
    return undefined
  }

  // ------------------------------------------------------------------ threats

  private threatFindings(): Finding[] {
    return [...this.activeThreats(), ...this.passiveThreats()]
  }

  /** A verb of violence with her or the reader as object, after a cue of intent, wish or duty, or as an order. */
  private activeThreats(): Finding[] {
    const {view, lexicon} = this
    const {violence} = lexicon
    const found: Finding[] = []
    for (const [verb, first, last] of violence.verbs.match(view.stems)) {
      let object = verb.withObject ? {first, last, reader: violence.reader.has(view.words[first]), ambiguous: true} : this.objectAfter(last)
      let before = first - 1
      // An object pronoun before the verb ("on va la noyer"), also with the object after it ("on va la noyer cette ministre").
      if (before >= 0 && violence.objectsBefore.has(view.words[before])) {
        object = object ? {...object, first: before} : {first: before, last: before, reader: violence.reader.has(view.words[before]), ambiguous: true}
        before--
      }
      const cue = this.cueEndingAt(before)
      // "Il faut la tuer" / "te voy a matar": the object pronoun may come before the cue.
      if (!object && cue && cue.first > 0 && violence.objectsBefore.has(view.words[cue.first - 1])) {
        object = {first: cue.first - 1, last: cue.first - 1, reader: violence.reader.has(view.words[cue.first - 1]), ambiguous: true}
      }
      const order = first === 0 || (object?.first === 0 && first === 1)
      if (!object || (!cue && !order)) continue
      if (violence.notBefore.startingAt(view.stems, Math.max(object.last, last) + 1)) continue
      if (!object.reader && object.ambiguous && !this.hasTarget(SOME)) continue
      found.push(this.finding('threat', violence.reasons.active, Math.min(object.first, first), Math.max(object.last, last), object.reader))
    }
    return found
  }

  /** Her or the reader right after the verb: "kill her", "matar a la ministra", "dar um tiro nessa prefeita", "shoot you". */
  private objectAfter(last: number): {first: number; last: number; reader: boolean; ambiguous: boolean} | undefined {
    const {view, lexicon} = this
    const {violence} = lexicon
    let index = last + 1
    if (violence.prepositions.has(view.words[index])) index++
    if (index >= view.length || !view.joined(last, index)) return undefined
    // "kill her bill": an object pronoun ends its phrase, a possessive does not.
    const ends = (at: number) =>
      violence.objectEnd.size === 0 || at + 1 >= view.length || !view.joined(at, at + 1) || violence.objectEnd.has(view.words[at + 1])
    if (violence.reader.has(view.words[index]) && ends(index)) return {first: index, last: index, reader: true, ambiguous: false}
    // "kill her", "that congresswoman", "toutes les femmes": the target, after at most two determiners.
    const target = this.targets().find((candidate) => candidate.kind !== 'none' && candidate.first >= index && candidate.first <= index + 2)
    if (target && view.joined(index, target.last) && ends(target.last)) return {first: index, last: target.last, reader: false, ambiguous: false}
    return undefined
  }

  /** A cue of intent, wish or duty ("should", "voy a", "il faut", "tem que") ending at `index`, skipping degree words. */
  private cueEndingAt(index: number): {first: number; last: number} | undefined {
    const {view, lexicon} = this
    let at = index
    // Any number of degree words may stand between: "should really really just shoot her" is no less a threat.
    while (at >= 0 && lexicon.degree.has(view.words[at]) && !lexicon.violence.cues.endingAt(view.words, at)) at--
    const length = at >= 0 ? lexicon.violence.cues.endingAt(view.words, at) : 0
    return length ? {first: at - length + 1, last: at} : undefined
  }

  /** A participle of violence after a cue of duty or wish: "should be raped", "merece ser golpeada", "mérite d'être violée". */
  private passiveThreats(): Finding[] {
    const {view, lexicon} = this
    const {violence} = lexicon
    const found: Finding[] = []
    for (const [, first, last] of violence.participles.match(view.stems)) {
      const cue = first > 0 ? violence.passive.endingAt(view.words, first - 1) : 0
      if (!cue || violence.notBefore.startingAt(view.stems, last + 1)) continue
      // "No woman should be raped" condemns; a participle that is not feminine needs a woman in the sentence.
      if (this.hasTarget(SOME) ? false : !violence.participlesMarkWoman || this.hasTarget(['none'])) continue
      found.push(this.finding('threat', violence.reasons.passive, first - cue, last))
    }
    return found
  }

  // ------------------------------------------------------------------ patterns

  /** The lexicon's stereotype and threat patterns; a "target" pattern needs a woman in the sentence. */
  private patternFindings(): Finding[] {
    const {view, lexicon} = this
    const text = view.sentenceText
    const found: Finding[] = []
    if (!lexicon.patternGate.test(text)) return found
    for (const {pattern, item, category} of lexicon.patterns) {
      pattern.lastIndex = 0
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (item.target === 'target' && !this.hasTarget(SOME)) break
        const start = view.start + match.index
        found.push(this.place({category, reason: item.reason, start, end: start + match[0].length, addressed: false}))
      }
    }
    return found
  }
}
