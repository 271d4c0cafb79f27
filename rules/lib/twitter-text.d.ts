// twitter-text ships no types; parllint uses only parseTweet.
declare module 'twitter-text' {
  export function parseTweet(text: string): {weightedLength: number; valid: boolean; validRangeEnd: number}
  const twitterText: {parseTweet: typeof parseTweet}
  export default twitterText
}
