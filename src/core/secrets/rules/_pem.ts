/**
 * PEM private-key headers. The keyword prefilter works line by line, so a rule sees the
 * `-----BEGIN … PRIVATE KEY-----` line, not the key body on the lines below it. The header counts
 * when it ends its line (a real PEM file or block scalar), or when an escaped newline and the body
 * follow on the same line (JSON, env files); then the first body line is part of the secret.
 * Headers quoted inside code (`startsWith('-----BEGIN …')`) or followed by `\n...` placeholders do not count.
 * The body below the header, as far as the rule's validate sees it, must be key material (isKeyMaterial).
 */
import { isMostlyPrintable } from '../scan';

/** A base64 body line at least this long after an escaped newline makes the header a real key. */
const BODY = String.raw`[A-Za-z0-9+/]{16,4096}={0,2}`;
/** Armor headers that may follow the BEGIN line of a PGP block or a legacy encrypted PEM key. */
const ARMOR_HEADER = String.raw`(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):`;
const ESCAPED_NEWLINE = String.raw`(?:\\r)?\\n`;

export function pemHeaderPattern(label: string): RegExp {
  const header = `-----BEGIN ${label}-----`;
  return new RegExp(
    `(?<secret>${header}(?:(?:${ESCAPED_NEWLINE}|[ \\t])?${BODY}|(?=[ \\t\\r]{0,256}$|(?:${ESCAPED_NEWLINE}){1,8}${ARMOR_HEADER}|(?:${ESCAPED_NEWLINE}){2}${BODY})))`,
  );
}

const HEADER = /^-----BEGIN [A-Z0-9 ]+-----/;

/**
 * Whether a matched header (and the body line it may include) heads key material, judged by what
 * follows it: a body that looks random (not `AAAA…` or `xxxx…`), no elided line (`...`, `…`,
 * `<your key>`), and a body that decodes to bytes rather than text (a key is DER or an OpenSSH
 * blob; base64 of a sentence is a note). Comment markers and indentation of a commented example
 * (`#     -----BEGIN …`) are stripped first. A header with nothing visible below it counts.
 */
export function isKeyMaterial(secret: string, following = ''): boolean {
  const included = secret.replace(HEADER, '').replace(/^(?:\\r)?(?:\\n)?[ \t]?/, '');
  if (included && new Set(included).size < 12) return false;
  const lines = bodyLines(included + following);
  if (lines.some(isElided)) return false;
  const base64 = lines.join('');
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(base64)) return true;
  return !isMostlyPrintable(Buffer.from(base64, 'base64').toString('latin1'));
}

/**
 * The body lines of a PEM block as far as the text shows them: up to the END line, without the
 * armor headers, blank lines, comment markers, quotes and escaped newlines around them.
 */
function bodyLines(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\\r?\\n|\r?\n/);
  // The rest of the header's own line: empty for a header that ends its line.
  if (lines.length > 1 && !lines[0].trim()) lines.shift();
  for (const raw of lines) {
    if (raw.includes('-----END ')) break;
    const line = raw
      .replace(/^[ \t]*(?:#+|\/\/|;+|\*|--|%)?[ \t]*["'`]?/, '')
      .replace(/["'`]?[ \t]*[,;+]?[ \t]*\\?$/, '')
      .trim();
    // Blank lines, armor headers (`Version: …`) and a PGP block's checksum line (`=AbCd`).
    if (!line || /^[A-Za-z-]+: /.test(line) || /^=[A-Za-z0-9+/]{4}$/.test(line)) continue;
    out.push(line);
  }
  return out;
}

/** A body line that stands for the key instead of holding it, or a cut one (`MIIEvQ…`). */
function isElided(line: string): boolean {
  return /^(?:<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|\$\{.*\}|x{3,}|\*{3,})$/i.test(line) || /(?:\.{2,}|…)$/.test(line);
}
