// The English messages of gendered-abuse, as the rule's tests expect them (one place for the four test files).
export const slur = (term: string, reason: string) => `“${term}” is a gendered slur (${reason}). Never publish it: criticise what she says or does, not her sex.`
export const misogyny = (term: string, reason: string) => `“${term}” is contempt for women (${reason}). An official account never publishes it: speak against it instead.`
export const sexualised = (term: string, reason: string) => `“${term}” sexualises a woman in public life (${reason}). Talk about her work and positions instead.`
export const appearance = (term: string, reason: string) =>
  `“${term}” comments on a woman’s looks (${reason}); even kind remarks on appearance cost women in politics credibility. Talk about her work instead.`
export const stereotype = (term: string, reason: string) => `“${term}” is a sexist stereotype (${reason}). Would you say it of a man? Answer her argument instead.`
export const belittling = (term: string, reason: string) => `“${term}” talks down to a woman in public life (${reason}). Address her by her title and name.`
export const threat = (term: string, reason: string) =>
  `“${term}” reads as a threat (${reason}). Threats of violence are never acceptable from an official account, even as a joke: remove it.`
export const quoting = (term: string, masked: string) => `Quoting “${term}” spreads the slur further, even to report or condemn it. Consider writing “${masked}”.`
