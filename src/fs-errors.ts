// File-system errors said in words a press officer can act on, never as a raw code
// ("EACCES") or a stack trace.
const WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too big for the disk',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'a link in the path loops back on itself',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open; close some programs and try again',
  EIO: 'the disk could not be read or written',
  EBUSY: 'another program is using it',
  ETXTBSY: 'another program is using it',
  ENAMETOOLONG: 'its name is too long',
  EEXIST: 'it already exists',
  EXDEV: 'it is on another disk'
}

/** What went wrong, in words: "permission denied", "the disk is full", ... `writing`: a missing path is a missing folder. */
export function inWords(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (writing && code === 'ENOENT') return 'the folder does not exist'
  if (code && WORDS[code]) return WORDS[code]
  const message = error instanceof Error ? error.message : String(error)
  // "ECODE: description, syscall 'path'": keep the description.
  return /^[A-Z0-9_]+: ([^,]+)/u.exec(message)?.[1] ?? message
}
