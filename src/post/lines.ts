// Offsets to 1-based line and column, counting \n, \r\n and a lone \r as line
// breaks (as ESLint does), so CRLF drafts get the same numbers as LF ones.
export type Point = {line: number; column: number}

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10) this.starts.push(index + 1)
      else if (code === 13 && text.charCodeAt(index + 1) !== 10) this.starts.push(index + 1)
    }
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] as number) <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - (this.starts[low] as number) + 1}
  }

  /** Offset of the start of a 1-based line, or the text's length past the end. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length
  }

  get lineCount(): number {
    return this.starts.length
  }
}

/** Replaces every character in the given ranges with a space, keeping line breaks, so offsets do not move. */
export function blankOut(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  let result = ''
  let cursor = 0
  for (const [start, end] of sorted) {
    if (end <= cursor) continue
    const from = Math.max(start, cursor)
    result += text.slice(cursor, from) + text.slice(from, end).replace(/[^\r\n]/g, ' ')
    cursor = end
  }
  return result + text.slice(cursor)
}
