// chalk 5 ignores NO_COLOR, so the colour level is decided here:
// --color / --no-color win, then NO_COLOR, then whether the output is a terminal.
import {Chalk, supportsColor, type ChalkInstance} from 'chalk'

export function chooseColor(options: {flag: boolean | undefined; env: NodeJS.ProcessEnv; isTTY: boolean}): ChalkInstance {
  const terminalLevel = supportsColor ? supportsColor.level : 1
  if (options.flag === true) return new Chalk({level: Math.max(1, terminalLevel) as 1 | 2 | 3})
  if (options.flag === false) return new Chalk({level: 0})
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return new Chalk({level: 0})
  return new Chalk({level: options.isTTY ? terminalLevel || 1 : 0})
}
