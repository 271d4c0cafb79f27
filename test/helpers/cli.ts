// Runs the built CLI as a child process, as a user or CI would.
import {spawnSync} from 'node:child_process'
import {chmodSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {it} from 'vitest'

export const BIN = fileURLToPath(new URL('../../bin/parllint.js', import.meta.url))

export type CliRun = {code: number | null; stdout: string; stderr: string}

/**
 * A test that spawns the CLI, in a suite whose other tests run in-process: under mutation
 * testing (vitest.mutate.config.ts) it is skipped, since the bundle it runs holds no mutant.
 */
export const itSpawnsCli = it.skipIf(Boolean(process.env.PARLLINT_IN_PROCESS_ONLY))

/** True when tests run as root, who may read and write anything: permission tests then run the CLI as "nobody". */
export const isRoot = process.getuid?.() === 0
const NOBODY = 65534

export function runCli(
  args: string[],
  options: {cwd: string; input?: string | Buffer; env?: Record<string, string>; unprivileged?: boolean}
): CliRun {
  // Under mutation testing a spawned CLI runs the unmutated bundle: such a suite must be listed in vitest.mutate.config.ts, or such a test written with itSpawnsCli.
  if (process.env.PARLLINT_IN_PROCESS_ONLY) throw new Error('This suite spawns the built CLI, which no mutant reaches: list it in vitest.mutate.config.ts, or write the test with itSpawnsCli.')
  const env: Record<string, string | undefined> = {...process.env, ...options.env}
  delete env.FORCE_COLOR
  if (!options.env?.NO_COLOR) delete env.NO_COLOR
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.unprivileged && isRoot ? {uid: NOBODY, gid: NOBODY} : {})
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let nobodyReaches: boolean | undefined
/**
 * Whether an unprivileged run can start: as root, "nobody" stands in for an office's user and
 * must reach this checkout, which a clone inside a private folder (as `mktemp -d` makes) is not.
 */
export function canRunUnprivileged(): boolean {
  nobodyReaches ??= !isRoot || spawnSync(process.execPath, [BIN, '--version'], {uid: NOBODY, gid: NOBODY}).status === 0
  return nobodyReaches
}

/** `it` for a test that runs the CLI unprivileged: skipped, saying why, when it cannot run. */
export function itUnprivileged(name: string, test: () => void) {
  if (!canRunUnprivileged()) console.warn(`Skipped "${name}": the user "nobody" cannot reach ${BIN}. Clone into a folder others may read to run it.`)
  return it.skipIf(!canRunUnprivileged())(name, test)
}

/** Lets an unprivileged run into a tree made by makeTree (mkdtemp makes its root private). */
export function openToAll(root: string): string {
  chmodSync(root, 0o777)
  return root
}
