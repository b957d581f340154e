/**
 * Generic detectors for what no provider rule knows: secret-like keys assigned a literal (YAML,
 * JSON, env files, properties, shell, common languages), secrets passed as command-line flags
 * (`--password X`, `mysql -pX`) and credentials inside URLs. Placeholders and references (`${VAR}`,
 * `process.env.X`, `${{ secrets.X }}`, `<your-token>`) stay quiet.
 */
import { keyNameEntropyDetector } from './key-name';
import { isPlaceholderOrReference, isPlaceholderSyntax, isTestValue, notALiteralSecret, notASecret } from './not-a-secret';

export const GENERIC_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'cred', 'auth', '://', 'masterauth', 'mysql', 'mariadb'];

export interface GenericMatch {
  ruleId: 'generic-secret-assignment' | 'generic-url-credentials';
  description: string;
  /** Offset of the value in the scanned text. */
  offset: number;
  value: string;
}

/**
 * Longest value the generic detectors take (a longer one is reported by its first characters).
 * Every repeat in the patterns that scan text is bounded: an unbounded one over a multi-megabyte
 * line costs regular-expression stack in proportion to the line.
 */
export const MAX_VALUE_LENGTH = 4096;

// key ["']? (: | = | := | =>) ["']? value — the key may be quoted, prefixed (export, set, var…) or dotted.
export const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9_.\${-])(?<key>[A-Za-z0-9_.-]{0,64}?(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|client[_.-]?key|cred(?:ential)?s?|auth[_.-]?key|(?:encryption|signing|master|hmac)[_.-]?key)[A-Za-z0-9_.-]{0,64})["']?\s{0,64}(?::=|=>|[:=])\s{0,64}(?<quote>["'\x60]?)(?<value>[^\s"'\x60,;}{)(\]\[]{1,${MAX_VALUE_LENGTH}})`,
  'gi',
);
// The user may be empty: `redis://:password@cache:6379/0`.
export const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/(?<user>[^\s:/@'"]{0,64}):(?<pass>[^\s@/'"]{1,256})@[^\s/'"@]{1,256}/gi;

/** Keys that hold a digest or an identifier of a secret, not the secret. */
const DIGEST_KEY = /digest|hash|checksum|sha\d*|integrity|fingerprint|etag|commit|revision|_id$|_ref$/i;
const BARE_HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** Identifiers and references to other values (secretKeyRef, var.db_password, os.getenv): no digits, words only. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z_.:-]*$/;
// Command-line flags: redis-server --requirepass X, psql --password=X, curl --token X, and the
// exec form of a Compose or Dockerfile command: ["redis-server", "--requirepass", "X"].
export const CLI_FLAG = new RegExp(
  String.raw`(?<![A-Za-z0-9-])--(?<flag>requirepass|masterauth|password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token)(?:=|[ \t]{1,64}|["'][ \t]{0,8},[ \t]{0,8}(?=["']))(?<quote>["']?)(?<value>[^\s"'\x60;|&]{1,${MAX_VALUE_LENGTH}})`,
  'gi',
);
/**
 * The MySQL and MariaDB clients take the password joined to `-p` (`mysql -u root -p'…'`, `mysqladmin
 * ping -p…`, the exec form `["mysqladmin", "ping", "-p…"]`); a bare `-p` asks for it. Case-sensitive:
 * `-P` is the port.
 */
export const MYSQL_PASSWORD_FLAG = new RegExp(
  String.raw`\b(?:mysql[a-z]{0,6}|mariadb(?:-[a-z]{1,8})?)\b[^\n;|&]{0,256}?(?<=[\s"'])-p(?<quote>["']?)(?<value>[^\s"'\x60;|&]{1,${MAX_VALUE_LENGTH}})`,
  'g',
);

/** Where a value sits in the scanned text. */
export interface Span {
  offset: number;
  length: number;
}

export interface GenericOptions {
  /** The text is source code (isSourceCode): an unquoted word there is a name, never a literal. */
  code?: boolean;
}

/**
 * @param rejected where, in `text`, a provider rule recognised a value whose checksum failed: known
 *   fakes, not secrets, and neither is a value that contains one
 */
export function detectGeneric(text: string, rejected: readonly Span[] = [], options: GenericOptions = {}): GenericMatch[] {
  const out: GenericMatch[] = [];
  const containsRejected = spanContainment(rejected);
  const after = (offset: number, value: string) => text.slice(offset + value.length, offset + value.length + 40);
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const { key, quote } = m.groups as { key: string; value: string; quote: string };
    const offset = m.index + m[0].length - m.groups!.value.length;
    // An escaped line break ends the value: `\n` in a JSON string (a source map's code, a message).
    const value = m.groups!.value.replace(/\\[nr][^]*$/, '');
    if (!value) continue;
    // Prose that quotes an assignment (`token: \`MAPBOX_TOKEN=pk.…\``): judge the inner one on its own.
    if (/^[A-Z][A-Z0-9_]{2,64}=/.test(value)) {
      ASSIGNMENT.lastIndex = offset;
      continue;
    }
    if (isPlaceholderOrReference(value) || IDENTIFIER.test(value) || containsRejected(offset, value.length)) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (notASecret({ value, quoted: quote !== '', after: after(offset, value), key, code: options.code, before })) continue;
    if (BARE_HEX_DIGEST.test(value) && DIGEST_KEY.test(key)) continue;
    // camelCase and dotted keys as environment-style names: secretKey -> secret_Key, db.password -> db_password.
    const envKey = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[.-]/g, '_');
    if (!keyNameEntropyDetector.detect({ key: envKey, value })) continue;
    out.push({ ruleId: 'generic-secret-assignment', description: `secret assigned to ${key}`, offset, value });
  }
  // The flag and URL patterns need `--`, `-p` and `://`: a text without them skips their scans (the same findings, sooner).
  for (const flag of text.includes('--') ? flagValues(text, CLI_FLAG) : []) {
    const { value, quoted, offset } = flag;
    if (value.length < 6) continue;
    if (isPlaceholderOrReference(value) || IDENTIFIER.test(value) || !keyNameEntropyDetector.detect({ key: 'PASSWORD', value })) continue;
    if (notASecret({ value, quoted, after: after(offset, value) })) continue;
    out.push({ ruleId: 'generic-secret-assignment', description: `secret passed as --${flag.name}`, offset, value });
  }
  for (const flag of text.includes('-p') ? flagValues(text, MYSQL_PASSWORD_FLAG) : []) {
    const { value, quoted, offset } = flag;
    // No key here can be a field's name: any word but a placeholder's form is the password (`-psecret`).
    // Digits and colons are a port mapping (`docker run --name mysql -p3306:3306`).
    if (value.length < 4 || isPlaceholderSyntax(value) || /^[\d.:]+(?:\/(?:tcp|udp))?$/.test(value)) continue;
    if (notALiteralSecret({ value, quoted, after: after(offset, value) })) continue;
    out.push({ ruleId: 'generic-secret-assignment', description: 'secret passed as -p', offset, value });
  }
  URL_CREDENTIALS.lastIndex = 0;
  for (let m = text.includes('://') ? URL_CREDENTIALS.exec(text) : null; m; m = URL_CREDENTIALS.exec(text)) {
    const pass = m.groups!.pass;
    // isPlaceholderOrReference covers secret-manager references and masked values too.
    if (isPlaceholderOrReference(pass) || pass.length < 4 || isTestValue(pass)) continue;
    out.push({ ruleId: 'generic-url-credentials', description: 'password in a URL', offset: m.index + m[0].indexOf(`:${pass}@`) + 1, value: pass });
  }
  return out;
}

/**
 * The values of a flag pattern's matches (named groups `value`, `quote` and, for CLI_FLAG, `flag`).
 * A quoted value runs to its closing quote: `"--requirepass", "a&b;c"` keeps its `&` and `;`.
 */
function* flagValues(text: string, pattern: RegExp): Generator<{ value: string; quoted: boolean; offset: number; name: string }> {
  for (const m of text.matchAll(pattern)) {
    const { quote, flag } = m.groups!;
    let value = m.groups!.value;
    const offset = (m.index ?? 0) + m[0].length - value.length;
    const close = quote ? text.indexOf(quote, offset) : -1;
    if (close > offset && close - offset <= MAX_VALUE_LENGTH && !/\s/.test(text.slice(offset, close))) value = text.slice(offset, close);
    yield { value, quoted: quote !== '', offset, name: flag ?? '' };
  }
}

/**
 * Whether a stretch of the text contains one of the spans: spans sorted by start, and a running
 * minimum of their ends from the right, so each question is one binary search (a line with
 * thousands of fake tokens and assignments stays linear, not quadratic).
 */
function spanContainment(spans: readonly Span[]): (offset: number, length: number) => boolean {
  if (!spans.length) return () => false;
  const sorted = [...spans].sort((a, b) => a.offset - b.offset);
  const minEndFrom = new Array<number>(sorted.length);
  for (let i = sorted.length - 1, min = Infinity; i >= 0; i--) minEndFrom[i] = min = Math.min(min, sorted[i].offset + sorted[i].length);
  return (offset, length) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].offset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && minEndFrom[lo] <= offset + length;
  };
}
