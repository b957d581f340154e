/**
 * A repository file's bytes as text, the one way every reader decodes them (discovery, the workspace,
 * the secret scanner's tree, diff, history and staged sources): a UTF-16 file with a byte-order mark
 * (little or big endian, as Windows editors and PowerShell write .env and config files) is decoded,
 * a UTF-8 byte-order mark is dropped, and otherwise a NUL byte in the first 8 KB means binary.
 */

/** How far into a file the binary test looks (git's own heuristic looks as far). */
export const BINARY_SNIFF_BYTES = 8000;

/** The text of a file's bytes, or undefined when they are binary. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2, evenEnd(buf));
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return Buffer.from(buf.subarray(2, evenEnd(buf)))
      .swap16()
      .toString('utf16le');
  const hasUtf8Bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  return buf.toString('utf8', hasUtf8Bom ? 3 : 0);
}

/** UTF-16 has two bytes per code unit: a trailing odd byte (a truncated file) is dropped. */
function evenEnd(buf: Buffer): number {
  return buf.length - ((buf.length - 2) % 2);
}
