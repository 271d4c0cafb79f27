// The social syntax of a post, as patterns shared by the parser plugin and the
// rules that work on raw text: hashtags, and everything that is not words.

/** A hashtag: "#" and at least one letter, not glued to a word, "&" or another "#" (group 1: its text). */
export const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu

const NOT_WORDS = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.@-]+/gu

/** The text with links, handles and hashtags replaced by a space: only its words are left. */
export function withoutSyntax(text: string): string {
  return text.replace(NOT_WORDS, ' ')
}
