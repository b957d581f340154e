/**
 * Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY, ...) holding a literal that looks random
 * and is not a placeholder or a path.
 */
import { redactSecret } from './redact';
import type { SecretDetector } from './detector-types';

const SECRET_KEY =
  /(PASSWORD|PASSWD|PASSPHRASE|_PASS|^PASS|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?KEY|CREDENTIALS?|AUTH_?KEY|(?:ENCRYPTION|SIGNING|MASTER|HMAC)_?KEY|_PWD|^PWD)$/i;
const SECRET_KEY_INFIX = /(PASSWORD|SECRET|TOKEN|API_?KEY)_/i;
/** Keys that name where a secret is, or something about it, rather than holding it. */
const NOT_A_SECRET_KEY =
  /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|USER|USERNAME|NAME|ID|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|DISABLED|HEADER|TYPE|ALGORITHM|METHOD|MODE|FORMAT|PREFIX|ISSUER|AUDIENCE|COOKIE_NAME)$/i;
/** `${VAR}`, `<token>`, `{{ .Values.x }}`, `%VAR%`, and code that reads the environment (`process.env.X,`, `os.environ["X"]`). */
const REFERENCE = /^(?:\$\{?[A-Za-z_]|<[^>]*>$|\{\{.*\}\}$|%[A-Za-z_]+%$|process\.env\b|os\.environ\b|os\.getenv\(|System\.getenv\(|ENV\[|getenv\()/;
const PLACEHOLDER_WORD = /change[_-]?me|changeit|replace[_-]?(?:me|with)|placeholder|example|dummy|sample|^your[_-]|todo|fixme|redacted|xxx|\*\*\*/i;
const MIN_LENGTH = 8;
/** Bits per character below which a value looks like a word or a pattern rather than a secret. */
export const MIN_ENTROPY = 2.5;

/** Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY...) holding a literal that is not a placeholder. */
export const keyNameEntropyDetector: SecretDetector = {
  id: 'key-name-entropy',
  detect({ key, value }) {
    if (!key || !(SECRET_KEY.test(key) || SECRET_KEY_INFIX.test(key)) || NOT_A_SECRET_KEY.test(key)) return undefined;
    const v = value.trim();
    if (v.length < MIN_LENGTH || REFERENCE.test(v) || PLACEHOLDER_WORD.test(v) || v.includes('${')) return undefined;
    if (/^(true|false|yes|no|on|off|null|none)$/i.test(v) || /^\d+$/.test(v)) return undefined;
    // A capitalised name built on the key's own (GOOGLE_API_KEY: GOOGLE_API_KEY_VAL) is the slot a script fills in.
    if (isOwnNamePlaceholder(key, v)) return undefined;
    // Paths such as /run/secrets/db_password point at a secret; they are not one.
    if (/^(\/|\.\/|~\/|file:)/.test(v)) return undefined;
    if (shannonEntropy(v) < MIN_ENTROPY) return undefined;
    return { ruleId: 'secret-assignment', description: 'secret value', redacted: redactSecret(v) };
  },
};

/** `GOOGLE_API_KEY_VAL` for GOOGLE_API_KEY, `DB_PASSWORD_HERE` for db_password: an all-capitals identifier holding the key's name. */
export function isOwnNamePlaceholder(key: string, value: string): boolean {
  if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false;
  const name = key
    .replace(/^.*[.:/]/, '')
    .replace(/[-.]/g, '_')
    .toUpperCase();
  return name.length >= 4 && value.includes(name);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
