// A progress line on standard error for long runs in a terminal: never in piped
// output, never in CI logs, never for a handful of drafts.
import type {Locale} from './lang/languages.js'
import {fill} from './lang/messages.js'
import {TEXTS} from './texts.js'

const PROGRESS_THRESHOLD = 300
const INTERVAL_MS = 100

export function createProgress(options: {
  total: number
  stream: {write(text: string): unknown; isTTY?: boolean}
  env: NodeJS.ProcessEnv
  locale?: Locale
  now?: () => number
}) {
  const {total, stream, env} = options
  const now = options.now ?? Date.now
  const enabled = total > PROGRESS_THRESHOLD && stream.isTTY === true && !env.CI
  let last = -Infinity
  let shown = false
  return {
    tick(done: number) {
      if (!enabled || (now() - last < INTERVAL_MS && done < total)) return
      last = now()
      shown = true
      const width = 30
      const filled = Math.round((width * done) / total)
      stream.write(`\r${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${fill(TEXTS.progress, {done, total}, options.locale ?? 'en')}`)
    },
    /** Clears the line, so the report starts on a clean one. */
    done() {
      if (shown) stream.write('\r\u001b[2K')
    }
  }
}
