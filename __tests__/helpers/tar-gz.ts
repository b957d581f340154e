/**
 * A small tar.gz writer (POSIX ustar, gzip by node:zlib) for fakes that serve archives, shaped like
 * `git archive --format=tar.gz`, which is what GitHub's tarball download is: a pax global header
 * whose comment is the commit SHA, then one directory entry before the files it holds. Only
 * regular files and directories; names longer than ustar's 100 bytes use its 155-byte prefix.
 */
import zlib from 'node:zlib';

const BLOCK = 512;

export interface TarOptions {
  /** The commit SHA recorded in the pax global header, as git archive does. */
  commitSha?: string;
  /** Modification time of every entry (the commit time). */
  mtime?: Date;
}

/** A `.tar.gz` of `files` (path -> content, `/`-separated, relative), with the directories they need. */
export function tarGz(files: Record<string, string | Buffer>, options: TarOptions = {}): Buffer {
  const mtime = Math.floor((options.mtime ?? new Date('2026-12-01T10:00:00Z')).getTime() / 1000);
  const blocks: Buffer[] = [];
  if (options.commitSha) blocks.push(...entry('pax_global_header', 'g', paxRecord('comment', options.commitSha), mtime));
  const written = new Set<string>();
  for (const path of Object.keys(files).sort()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = `${parts.slice(0, i).join('/')}/`;
      if (!written.has(dir)) blocks.push(...entry(dir, '5', Buffer.alloc(0), mtime));
      written.add(dir);
    }
    const content = files[path];
    blocks.push(...entry(path, '0', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), mtime));
  }
  blocks.push(Buffer.alloc(BLOCK * 2));
  return zlib.gzipSync(Buffer.concat(blocks));
}

/** A pax record: `<length> <key>=<value>\n`, where the length counts itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 1;
  while (String(length).length + body.length !== length) length++;
  return Buffer.from(`${length}${body}`, 'utf8');
}

function entry(path: string, type: '0' | '5' | 'g', data: Buffer, mtime: number): Buffer[] {
  const header = Buffer.alloc(BLOCK);
  const [prefix, name] = splitName(path);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(type === '5' ? 0o775 : 0o664, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(data.length, 12), 124, 'ascii');
  header.write(octal(mtime, 12), 136, 'ascii');
  header.write(' '.repeat(8), 148, 'ascii');
  header.write(type, 156, 'ascii');
  header.write('ustar\u000000', 257, 'ascii');
  header.write('root', 265, 'ascii');
  header.write('root', 297, 'ascii');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'ascii');
  const padding = Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK);
  return [header, data, padding];
}

/** `[prefix, name]` for ustar: the name holds at most 100 bytes, the prefix 155, split at a `/`. */
function splitName(path: string): [string, string] {
  if (Buffer.byteLength(path) <= 100) return ['', path];
  const trailing = path.endsWith('/') ? '/' : '';
  const parts = path.slice(0, path.length - trailing.length).split('/');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const name = parts.slice(i).join('/') + trailing;
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return [prefix, name];
  }
  throw new Error(`tar-gz: ${path} is too long for a ustar header`);
}

/** A zero-padded octal number ending in NUL, `width` bytes in all. */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\u0000`;
}
