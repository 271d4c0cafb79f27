// JSON config files may carry // and /* */ comments (as tsconfig.json and
// .eslintrc.json do), so an example config can explain each field.
import {LineIndex} from '../post/lines.js'

export function parseJsonWithComments(text: string): unknown {
  const clean = stripComments(text)
  try {
    return JSON.parse(clean)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const where = position ? new LineIndex(clean).point(Number(position[1])) : undefined
    const sentence = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')
    throw new Error(where ? `${sentence} at line ${where.line}, column ${where.column}` : sentence)
  }
}

/** Blanks comments to spaces (keeping line breaks) outside strings, so positions stay. */
function stripComments(text: string): string {
  let result = ''
  let index = 0
  while (index < text.length) {
    const char = text[index]!
    if (char === '"') {
      let end = index + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      result += text.slice(index, end + 1)
      index = end + 1
    } else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index)
      const stop = end === -1 ? text.length : end
      result += ' '.repeat(stop - index)
      index = stop
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2)
      const stop = end === -1 ? text.length : end + 2
      result += text.slice(index, stop).replace(/[^\r\n]/g, ' ')
      index = stop
    } else {
      result += char
      index++
    }
  }
  return result
}
