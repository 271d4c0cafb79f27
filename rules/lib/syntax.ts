// The social syntax of a post, as patterns shared by the parser plugin and the
// rules that work on raw text: hashtags, and everything that is not words.

/** A hashtag: "#" and at least one letter, not glued to a word, "&" or another "#" (group 1: its text). */
export const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu

const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.@-]+/gu

/** The text with links, handles and hashtags replaced by a space: only its words are left. */
export function withoutSyntax(text: string): string {
  return text.replace(NOT_WORDS, ' ')
}

const SPACE = /\s/u

/**
 * The text without trailing spaces and without the tokens at its end that `token` matches
 * whole (links, hashtags after the last word). Token by token from the end, so it is linear;
 * a regex anchored at the end is retried from every space before it (quadratic).
 */
export function withoutTrailing(text: string, token: RegExp): string {
  let end = text.length
  for (;;) {
    while (end > 0 && SPACE.test(text[end - 1]!)) end--
    let start = end
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--
    if (start === 0 || !token.test(text.slice(start, end))) return text.slice(0, end)
    end = start
  }
}
