/**
 * PEM private-key headers. The keyword prefilter works line by line, so a rule sees the
 * `-----BEGIN … PRIVATE KEY-----` line, not the key body on the lines below it. The header counts
 * when it ends its line (a real PEM file or block scalar), or when an escaped newline and the body
 * follow on the same line (JSON, env files); then the first body line is part of the secret.
 * Headers quoted inside code (`startsWith('-----BEGIN …')`) or followed by `\n...` placeholders do not count.
 */

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

/** A body included in the secret must look random, not `AAAAAAAAAAAAAAAAAAAA` or `xxxxxxxx…`. */
export function hasRandomBodyOrNone(secret: string): boolean {
  const body = secret.replace(/^-----BEGIN [A-Z0-9 ]+-----(?:\\r)?(?:\\n)?[ \t]?/, '');
  if (!body) return true;
  return new Set(body).size >= 12;
}
