// The contradiction value-coherence reports, as its tests expect it (one place for the test files).
export type Stance = 'support' | 'oppose'

export const opposite = {support: 'oppose', oppose: 'support'} as const

/** The contradiction an office with `declared` stance is warned of when a post reads the other way. */
export function contradiction(text: string, evidence: string, topic: string, declared: Stance) {
  const column = text.indexOf(evidence) + 1
  const reading = declared === 'support' ? 'opposing' : 'supporting'
  return {
    messageId: 'contradiction',
    message: `This sentence reads as ${reading} ${topic} (“${evidence}”), but the office has declared that it ${declared}s ${topic}. Make sure the post says what the member means.`,
    line: 1,
    column,
    endLine: 1,
    endColumn: column + evidence.length,
    severity: 2 as const
  }
}
