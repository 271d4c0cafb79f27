// A draft becomes a Post: its front matter, its directives, and its prose: the
// text with everything that is not prose blanked to spaces, so every offset in
// the prose is an offset in the file as written.
import type {Directive} from './directives.js'
import {scanComments} from './directives.js'
import {parseFrontMatter, type FrontMatter, type FrontMatterProblem} from './front-matter.js'
import {blankOut} from './lines.js'
import type {Locale} from '../lang/languages.js'

export type Post = {
  text: string
  prose: string
  frontMatter: FrontMatter
  problems: FrontMatterProblem[]
  directives: Directive[]
  /** Ranges of the file that are not part of the post as it will be published: front matter and parllint comments. */
  notPosted: [number, number][]
  /** Ranges of the file the rules see as blanks (front matter, comments, Markdown markup), sorted and apart: no fix may touch them. */
  hidden: [number, number][]
}

export type PostSyntax = 'markdown' | 'text'

/** `locale`: the language of the problems found in the front matter and Markdown (default English). */
export type ParseOptions = {platforms: readonly string[]; ruleIds: readonly string[]; locale?: Locale}

export async function parsePost(text: string, syntax: PostSyntax, options: ParseOptions): Promise<Post> {
  const frontMatter = await parseFrontMatter(text, options)
  const head: [number, number][] = frontMatter.end > 0 ? [[0, frontMatter.end]] : []
  const body = blankOut(text, head)
  let hidden: [number, number][]
  let directives: Directive[]
  let comments: [number, number][]
  const problems = [...frontMatter.problems]
  // Loaded only when a Markdown draft shows up.
  const markdown = syntax === 'markdown' ? await import('./markdown.js') : undefined
  const excess = markdown?.tooMuchMarkup(body, options.locale)
  if (excess) problems.push({message: excess, start: frontMatter.end, end: frontMatter.end, severity: 1})
  if (markdown && !excess) {
    const {markdownLayout, outside} = markdown
    const layout = markdownLayout(body)
    hidden = outside(layout.prose, text.length)
    const scanned = scanComments(body, layout.html)
    directives = scanned.directives
    comments = scanned.ranges
  } else {
    const scanned = scanComments(body)
    hidden = scanned.ranges
    directives = scanned.directives
    comments = scanned.ranges
  }
  return {
    text,
    prose: blankOut(body, hidden),
    frontMatter: frontMatter.data,
    problems,
    directives,
    notPosted: [...head, ...comments],
    hidden: merged([...head, ...hidden])
  }
}

/** The ranges sorted by start, with overlapping or touching ones joined. */
function merged(ranges: [number, number][]): [number, number][] {
  const result: [number, number][] = []
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = result.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else if (end > start) result.push([start, end])
  }
  return result
}
