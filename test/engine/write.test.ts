// The --fix writer, in-process: it writes through links, keeps mode, owner, byte order mark
// and line ends, replaces the draft by a rename (or writes in place where a rename would
// change the owner or cut a hard link), and says in the user's locale why it did not write.
// test/faults/fix.test.ts checks the same through the CLI, which mutation testing cannot see.
import {execFileSync} from 'node:child_process'
import {chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {isMainThread} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {writeDraft} from '../../src/engine/write.js'
import type {Encoding} from '../../src/inputs/read.js'

const UTF8: Encoding = {name: 'utf-8', bom: false}
const REPEATED = 'We will will fund the new clinic in our district.\n'
const FIXED = 'We will fund the new clinic in our district.\n'
const isRoot = process.getuid?.() === 0
// Only the main thread may switch users: a runner that uses worker threads (Stryker's) skips those tests.
const canSwitchUser = isRoot && isMainThread
const NOBODY = 65_534

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'parllint-write-'))
}

function draft(content: string | Buffer = REPEATED, name = 'a.txt') {
  const root = folder()
  const file = path.join(root, name)
  writeFileSync(file, content)
  return {root, file}
}

/**
 * Runs `act` as the unprivileged user "nobody" (effective ids only, restored after). access(2)
 * still checks the real user, root, so this stands for nobody only on drafts nobody may write.
 */
function asNobody<T>(act: () => T): T {
  process.setegid!(NOBODY)
  process.seteuid!(NOBODY)
  try {
    return act()
  } finally {
    process.seteuid!(0)
    process.setegid!(0)
  }
}

const openDescriptors = () => readdirSync('/proc/self/fd').length

/** Sets or clears a file attribute with chattr ("+i": immutable); false where it cannot (not root, no chattr, a file system without them). */
function chattr(flag: string, target: string): boolean {
  try {
    execFileSync('chattr', [flag, target], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

/** Whether chattr can lock a folder here: as root, with chattr installed, on a file system with attributes. */
function canLockFolders(): boolean {
  if (!isRoot) return false
  const probe = folder()
  return chattr('+i', probe) && chattr('-i', probe)
}

/** Writes `file` while its folder has the attribute `flag` ("+i" immutable, "+a" append-only), cleared after. */
function writeInLockedFolder(flag: '+i' | '+a', file: string): string | undefined {
  const root = path.dirname(file)
  chattr(flag, root)
  try {
    return writeDraft(file, FIXED, UTF8)
  } finally {
    chattr(flag.replace('+', '-'), root)
  }
}

describe('writing a draft', () => {
  it('writes the text and keeps the mode, though the temporary file is made private', () => {
    const {file} = draft()
    chmodSync(file, 0o640)
    expect(writeDraft(file, FIXED, UTF8)).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).mode & 0o7777).toBe(0o640)
  })

  it('keeps the setuid, setgid and sticky bits, which changing the owner would clear', () => {
    const {file} = draft()
    chmodSync(file, 0o7755)
    expect(writeDraft(file, FIXED, UTF8)).toBeUndefined()
    expect(statSync(file).mode & 0o7777).toBe(0o7755)
  })

  it('keeps a UTF-8 byte order mark and CRLF line ends', () => {
    const {file} = draft(`\uFEFFFirst line.\r\n${REPEATED.replace('\n', '\r\n')}`)
    expect(writeDraft(file, `First line.\r\n${FIXED.replace('\n', '\r\n')}`, {name: 'utf-8', bom: true})).toBeUndefined()
    expect(readFileSync(file)).toEqual(Buffer.from(`\uFEFFFirst line.\r\n${FIXED.replace('\n', '\r\n')}`, 'utf8'))
  })

  it('writes UTF-16 big-endian with its byte order mark', () => {
    const {file} = draft(Buffer.from('\uFEFFold', 'utf16le').swap16())
    expect(writeDraft(file, 'Hé\r\n', {name: 'utf-16be', bom: true})).toBeUndefined()
    expect([...readFileSync(file)]).toEqual([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a])
  })

  it('writes the real draft behind a link and keeps the link', () => {
    const root = folder()
    mkdirSync(path.join(root, 'real'))
    mkdirSync(path.join(root, 'drafts'))
    writeFileSync(path.join(root, 'real/a.txt'), REPEATED)
    symlinkSync('../real/a.txt', path.join(root, 'drafts/a.txt'))
    expect(writeDraft(path.join(root, 'drafts/a.txt'), FIXED, UTF8)).toBeUndefined()
    expect(lstatSync(path.join(root, 'drafts/a.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(root, 'drafts/a.txt'))).toBe('../real/a.txt')
    expect(readFileSync(path.join(root, 'real/a.txt'), 'utf8')).toBe(FIXED)
    expect(readdirSync(path.join(root, 'real'))).toEqual(['a.txt'])
  })

  it('replaces the draft by renaming a new file over it (a crash never leaves half a draft), leaving no temporary file', () => {
    const {root, file} = draft()
    const before = statSync(file).ino
    expect(writeDraft(file, FIXED, UTF8)).toBeUndefined()
    expect(statSync(file).ino).not.toBe(before)
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('writes a draft with a second name (hard link) in place, so both names keep showing the same, shorter text', () => {
    const {root, file} = draft()
    linkSync(file, path.join(root, 'b.txt'))
    const before = statSync(file).ino
    const descriptors = openDescriptors()
    expect(writeDraft(file, FIXED, UTF8)).toBeUndefined()
    expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe(FIXED)
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect([statSync(file).ino, statSync(file).nlink]).toEqual([before, 2])
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'b.txt'])
    // Thousands of drafts are fixed in one run: none may leave a file open.
    expect(openDescriptors()).toBe(descriptors)
  })
})

describe('not writing a draft, and saying why in the user’s locale', () => {
  it('refuses a read-only draft and leaves it as it was', () => {
    const {file} = draft()
    chmodSync(file, 0o444)
    expect(writeDraft(file, FIXED, UTF8)).toBe('This draft is read-only, so its fixes were not written and it is unchanged. Make it writable and run parllint --fix again.')
    expect(writeDraft(file, FIXED, UTF8, 'es')).toBe(
      'Este borrador es de solo lectura, así que sus correcciones no se guardaron y no cambió. Permita que se pueda modificar y vuelva a ejecutar parllint --fix.'
    )
    expect(readFileSync(file, 'utf8')).toBe(REPEATED)
    expect(statSync(file).mode & 0o777).toBe(0o444)
  })

  it('says a draft that is gone does not exist (not that its folder is missing)', () => {
    const root = folder()
    expect(writeDraft(path.join(root, 'gone.txt'), FIXED, UTF8)).toBe('The fixes were not written, and the draft is unchanged (it does not exist).')
    expect(writeDraft(path.join(root, 'gone.txt'), FIXED, UTF8, 'fr')).toBe('Les corrections n’ont pas été écrites et le brouillon est inchangé (il n’existe pas).')
  })

  it('leaves a draft another parllint is fixing to it, and its temporary file too', () => {
    const {root, file} = draft()
    writeFileSync(path.join(root, '.a.txt.parllint-fix'), 'the other run’s text')
    expect(writeDraft(file, FIXED, UTF8)).toBe('The fixes were not written, and the draft is unchanged: another parllint is fixing it (.a.txt.parllint-fix exists).')
    expect(readFileSync(file, 'utf8')).toBe(REPEATED)
    expect(readFileSync(path.join(root, '.a.txt.parllint-fix'), 'utf8')).toBe('the other run’s text')
  })

  it('reports a failure it cannot work around (no room for the temporary file’s name) and leaves the draft unchanged', () => {
    // 245 characters: the draft's name fits, ".<name>.parllint-fix" does not (255 at most).
    const {root, file} = draft(REPEATED, `${'a'.repeat(241)}.txt`)
    expect(writeDraft(file, FIXED, UTF8, 'pt')).toBe('As correções não foram gravadas e o rascunho não mudou (o nome é longo demais).')
    expect(readFileSync(file, 'utf8')).toBe(REPEATED)
    expect(readdirSync(root)).toHaveLength(1)
  })

  it('says why it could not write in place (a folder with several names is no draft)', () => {
    // A folder has at least two links (its name and "."), so it takes the in-place path, which cannot open it.
    const root = folder()
    mkdirSync(path.join(root, 'notes.txt'))
    expect(writeDraft(path.join(root, 'notes.txt'), FIXED, UTF8)).toBe('The fixes were not written (it is a folder).')
    expect(writeDraft(path.join(root, 'notes.txt'), FIXED, UTF8, 'es')).toBe('Las correcciones no se guardaron (es una carpeta).')
    expect(readdirSync(root)).toEqual(['notes.txt'])
  })
})

// Root may write any draft, so only another user sees this refusal (test/faults/fix.test.ts runs it as nobody).
it.skipIf(isRoot)('refuses a draft whose owner took away their own right to write it', () => {
  const {file} = draft()
  chmodSync(file, 0o466)
  expect(writeDraft(file, FIXED, UTF8)).toBe('You may not write this draft (permission denied), so its fixes were not written and it is unchanged.')
  expect(writeDraft(file, FIXED, UTF8, 'fr')).toBe('Vous n’avez pas le droit de modifier ce brouillon (permission refusée) : ses corrections n’ont donc pas été écrites et il est inchangé.')
  expect(readFileSync(file, 'utf8')).toBe(REPEATED)
})

// Owners: root can give a file to another user, on any thread (Stryker's runner too).
describe.skipIf(!isRoot)('owners (run as root)', () => {
  for (const [owner, [uid, gid]] of Object.entries({'user and group': [1234, 5678], 'user only': [1234, 0], 'group only': [0, 5678]})) {
    it(`keeps the draft’s owner when another ${owner} than the writer’s`, () => {
      const {file} = draft()
      chownSync(file, uid!, gid!)
      expect(writeDraft(file, FIXED, UTF8)).toBeUndefined()
      expect(readFileSync(file, 'utf8')).toBe(FIXED)
      expect([statSync(file).uid, statSync(file).gid]).toEqual([uid, gid])
    })
  }
})

// Folder attributes (chattr) bind root too, on any thread (Stryker's runner too): where the
// temporary file cannot be made or renamed, the draft is written in place, as for a user who may not create files there.
describe.skipIf(!canLockFolders())('folders that forbid new or removed files (run as root)', () => {
  it('writes in place a draft in a locked (immutable) folder, where no temporary file can be made', () => {
    const {root, file} = draft()
    const before = statSync(file).ino
    expect(writeInLockedFolder('+i', file)).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).ino).toBe(before)
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('writes in place a draft in an append-only folder, where the temporary file is made but can be neither renamed over the draft nor removed', () => {
    const {root, file} = draft()
    const before = statSync(file).ino
    expect(writeInLockedFolder('+a', file)).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).ino).toBe(before)
    // Nothing can remove it there; the next --fix of this draft names it.
    expect(readdirSync(root).sort()).toEqual(['.a.txt.parllint-fix', 'a.txt'])
  })
})

// Permissions: root can act as another user (seteuid), on the main thread only.
describe.skipIf(!canSwitchUser)('permissions (run as root, on the main thread)', () => {
  it('writes in place a draft the user may write in a folder where they may not create files', () => {
    const {root, file} = draft()
    chmodSync(root, 0o755)
    chmodSync(file, 0o666)
    const before = statSync(file).ino
    expect(asNobody(() => writeDraft(file, FIXED, UTF8))).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).ino).toBe(before)
    expect(readdirSync(root)).toEqual(['a.txt'])
  })

  it('writes in place a colleague’s draft the user may write, since a rename would make it the user’s', () => {
    const {root, file} = draft()
    chmodSync(root, 0o777)
    chmodSync(file, 0o666)
    expect(asNobody(() => writeDraft(file, FIXED, UTF8))).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect([statSync(file).uid, statSync(file).gid]).toEqual([0, 0])
    expect(existsSync(path.join(root, '.a.txt.parllint-fix'))).toBe(false)
  })
})
