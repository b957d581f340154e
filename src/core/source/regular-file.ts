/**
 * One file whose path comes from the repository or its config (stackgate.yml, a baseline, an
 * artifact). Reading: only a regular file, only inside the repository (after following symbolic
 * links), and only up to a size cap; a link to /proc/self/environ, /dev/zero or a FIFO is refused
 * with a reason instead of being printed, read forever or waited on. Writing: only inside the
 * repository, never through a link.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ReadProblem = 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable';

export type ReadResult = { ok: true; text: string } | { ok: false; problem: ReadProblem; message: string };

export interface ReadOptions {
  /** Largest size read, in bytes. */
  maxBytes: number;
  /** Accept a file outside `root` (a path the user named on the command line). Default false. */
  allowOutside?: boolean;
}

/** Reads `file` (relative to `root`, or absolute) as text, or says why not. Never throws. */
export function readRegularFile(root: string, file: string, options: ReadOptions): ReadResult {
  const abs = path.resolve(root, file);
  let real: string;
  let realRoot: string;
  try {
    real = fs.realpathSync(abs);
    realRoot = fs.realpathSync(root);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, problem: 'missing', message: 'no such file' }
      : { ok: false, problem: 'unreadable', message: `cannot read it (${code ?? 'error'})` };
  }
  if (!options.allowOutside && !isInside(realRoot, real)) {
    return { ok: false, problem: 'outside', message: 'it is outside the repository (a symbolic link or a path leading out of it); not read' };
  }
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: 'not-regular', message: `it is not a regular file (${kindOf(st)}); not read` };
    if (st.size > options.maxBytes)
      return { ok: false, problem: 'too-large', message: `it is ${st.size} bytes, over the ${options.maxBytes}-byte limit; not read` };
    // Read at most one byte past the cap: a file that grows while it is read is refused, not followed.
    const buf = Buffer.alloc(Math.min(st.size, options.maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buf.length; length += n) n = fs.readSync(fd, buf, length, buf.length - length, null);
    if (length > options.maxBytes)
      return { ok: false, problem: 'too-large', message: `it grew past the ${options.maxBytes}-byte limit while it was read; not read` };
    return {
      ok: true,
      text: buf
        .subarray(0, length)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    };
  } catch (e) {
    return { ok: false, problem: 'unreadable', message: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Writes `file` (relative to `root`) when it lands inside the repository after the links of its
 * directories are resolved, and is not itself a link or another kind of file; a reason otherwise.
 */
export function writeRegularFile(root: string, file: string, content: string): { ok: true } | { ok: false; message: string } {
  const abs = path.resolve(root, file);
  try {
    const realRoot = fs.realpathSync(root);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (!isInside(realRoot, fs.realpathSync(path.dirname(abs))))
      return { ok: false, message: 'its directory is outside the repository (a symbolic link or a path leading out of it); not written' };
    const fd = fs.openSync(abs, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK, 0o644);
    try {
      if (!fs.fstatSync(fd).isFile()) return { ok: false, message: 'it is not a regular file; not written' };
      fs.writeFileSync(fd, content);
    } finally {
      fs.closeSync(fd);
    }
    return { ok: true };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ELOOP' ? 'it is a symbolic link; not written through' : `cannot write it (${code ?? (e as Error).message})` };
  }
}
