/**
 * Secret detection behind one small interface: a detector looks at one value (and the key that
 * holds it, when there is one) and says which rule matched, with a redacted preview. The matched
 * value never leaves a detector: callers only get the rule id, its description and the preview.
 */

export interface SecretMatch {
  /** Stable rule id, e.g. `github-token`. */
  ruleId: string;
  /** Human description of what was found, e.g. "GitHub token". */
  description: string;
  /** A preview that is safe to print: a public format prefix at most, plus the length. */
  redacted: string;
}

export interface SecretInput {
  /** Variable or field name holding the value, when known (`DB_PASSWORD`). */
  key?: string;
  value: string;
}

export interface SecretDetector {
  id: string;
  detect(input: SecretInput): SecretMatch | undefined;
}

/** `ghp_…(40 chars)`: the format's public prefix (never more) and the total length. */
export function redact(value: string, publicPrefix = ''): string {
  return `${publicPrefix}…(${value.length} chars)`;
}

interface TokenFormat {
  ruleId: string;
  description: string;
  pattern: RegExp;
  /** The constant part of the format that may be shown. */
  prefix: (match: string) => string;
}

const TOKEN_FORMATS: readonly TokenFormat[] = [
  {
    ruleId: 'private-key',
    description: 'private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/,
    prefix: () => '-----BEGIN … PRIVATE KEY-----',
  },
  {
    ruleId: 'github-token',
    description: 'GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{50,255})\b/,
    prefix: (m) => (m.startsWith('github_pat_') ? 'github_pat_' : m.slice(0, 4)),
  },
  {
    ruleId: 'aws-access-key-id',
    description: 'AWS access key id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/,
    prefix: (m) => m.slice(0, 4),
  },
  {
    ruleId: 'slack-token',
    description: 'Slack token',
    pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}/,
    prefix: (m) => m.slice(0, 5),
  },
  {
    ruleId: 'anthropic-api-key',
    description: 'Anthropic API key',
    pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/,
    prefix: () => 'sk-ant-',
  },
  {
    ruleId: 'openai-api-key',
    description: 'OpenAI API key',
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/,
    prefix: () => 'sk-',
  },
];

/** Well-known token formats, recognised by their shape whatever the key is called. */
export const tokenFormatDetector: SecretDetector = {
  id: 'token-format',
  detect({ value }) {
    for (const f of TOKEN_FORMATS) {
      const m = f.pattern.exec(value);
      if (m) return { ruleId: f.ruleId, description: f.description, redacted: redact(m[0], f.prefix(m[0])) };
    }
    return undefined;
  },
};

const SECRET_KEY = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?KEY|CREDENTIALS?|AUTH_?KEY|_PWD|^PWD)$/i;
const SECRET_KEY_INFIX = /(PASSWORD|SECRET|TOKEN|API_?KEY)_/i;
/** Keys that name where a secret is, or something about it, rather than holding it. */
const NOT_A_SECRET_KEY = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|USER|USERNAME|NAME|ID|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|ENABLED|DISABLED|HEADER|TYPE|ALGORITHM|METHOD|MODE|FORMAT|PREFIX|ISSUER|AUDIENCE|COOKIE_NAME)$/i;
const REFERENCE = /^(?:\$\{?[A-Za-z_]|<[^>]*>$|\{\{.*\}\}$|%[A-Za-z_]+%$)/;
const PLACEHOLDER_WORD = /change_?me|changeit|replace_?me|placeholder|example|dummy|sample|^your[_-]|todo|fixme|redacted|xxx|\*\*\*/i;
const MIN_LENGTH = 8;
/** Bits per character below which a value looks like a word or a pattern rather than a secret. */
const MIN_ENTROPY = 2.5;

/** Secret-sounding keys (PASSWORD, TOKEN, SECRET, API_KEY...) holding a literal that is not a placeholder. */
export const keyNameEntropyDetector: SecretDetector = {
  id: 'key-name-entropy',
  detect({ key, value }) {
    if (!key || !(SECRET_KEY.test(key) || SECRET_KEY_INFIX.test(key)) || NOT_A_SECRET_KEY.test(key)) return undefined;
    const v = value.trim();
    if (v.length < MIN_LENGTH || REFERENCE.test(v) || PLACEHOLDER_WORD.test(v) || v.includes('${')) return undefined;
    if (/^(true|false|yes|no|on|off|null|none)$/i.test(v) || /^\d+$/.test(v)) return undefined;
    // Paths such as /run/secrets/db_password point at a secret; they are not one.
    if (/^(\/|\.\/|~\/|file:)/.test(v)) return undefined;
    if (shannonEntropy(v) < MIN_ENTROPY) return undefined;
    return { ruleId: 'secret-assignment', description: 'secret value', redacted: redact(v) };
  },
};

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

export const defaultDetectors: readonly SecretDetector[] = [tokenFormatDetector, keyNameEntropyDetector];

/** The first match of the detectors, in order. */
export function detectSecret(input: SecretInput, detectors: readonly SecretDetector[] = defaultDetectors): SecretMatch | undefined {
  for (const d of detectors) {
    const m = d.detect(input);
    if (m) return m;
  }
  return undefined;
}
