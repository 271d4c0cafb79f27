#!/usr/bin/env node
// Starts the CLI (src/cli.ts, compiled and bundled by `npm run build`).
import {main} from '../dist/bundle/cli.js'

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`parllint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.stderr.write('Please report this at the parllint issue tracker, with the command you ran.\n')
    process.exitCode = 2
  }
)
