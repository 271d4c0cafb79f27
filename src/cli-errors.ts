// A command line commander could not parse, said in the user's locale. The locale comes
// from --locale when it is given and valid, else from the environment: commander has not
// parsed the line (it is what is wrong), and no config is read for a bad command line.
import type {CommanderError} from 'commander'
import {isLanguage, type Locale} from './lang/languages.js'
import {fill} from './lang/messages.js'
import {TEXTS} from './texts.js'

/** The value of --locale on a raw command line ("--locale es" or "--locale=es"), when it is one of the four. */
export function localeFlag(argv: readonly string[]): Locale | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') return undefined
    const value = arg === '--locale' ? argv[index + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined
    if (value !== undefined) return isLanguage(value) ? value : undefined
  }
  return undefined
}

// Commander's messages (commander 14), read back into their parts. A message of another
// shape (a later commander) is shown as commander wrote it.
const UNKNOWN_OPTION = /^error: unknown option '(.*)'(?:\n\(Did you mean (one of )?(.*)\?\))?$/su
const INVALID_CHOICE = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/su
const MISSING_VALUE = /^error: option '(.*)' argument missing$/su

/** What commander found wrong with the command line, in `locale`. */
export function commanderError(error: CommanderError, locale: Locale): string {
  const say = (template: keyof typeof TEXTS, data: Record<string, string>) => fill(TEXTS[template], data, locale)
  const message = error.message
  let parts
  if (error.code === 'commander.unknownOption' && (parts = UNKNOWN_OPTION.exec(message))) {
    const [, option, several, similar] = parts as unknown as [string, string, string | undefined, string | undefined]
    const hint = similar === undefined ? '' : `\n${several ? say('similarOptions', {options: similar}) : say('similarOption', {option: similar})}`
    return say('unknownOption', {option}) + hint
  }
  if (error.code === 'commander.invalidArgument' && (parts = INVALID_CHOICE.exec(message))) {
    return say('invalidChoice', {option: parts[1]!, value: parts[2]!, choices: parts[3]!})
  }
  if (error.code === 'commander.optionMissingArgument' && (parts = MISSING_VALUE.exec(message))) {
    return say('missingValue', {option: parts[1]!})
  }
  return message
}
