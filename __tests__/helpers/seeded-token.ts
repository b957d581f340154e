/**
 * Fake credentials for secret-rule tests, built at run time from a seeded generator so that no
 * complete credential-looking literal sits in the repository and every run sees the same values.
 * Never a real secret: the values are random characters in the provider's alphabet.
 */

export const ALPHABET = {
  hex: '0123456789abcdef',
  upperHex: '0123456789ABCDEF',
  digits: '0123456789',
  lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
} as const;

export interface TokenGenerator {
  /** `n` characters drawn from `alphabet`. */
  pick(alphabet: string, n: number): string;
  hex(n: number): string;
  alnum(n: number): string;
  /** Lowercase letters and digits. */
  lower(n: number): string;
  /** Uppercase letters and digits. */
  upper(n: number): string;
  digits(n: number): string;
  base64(n: number): string;
  base64url(n: number): string;
  uuid(): string;
}

/** FNV-1a of the seed, then mulberry32: small, deterministic, good enough for test data. */
export function seededToken(seed: string): TokenGenerator {
  let state = 0x811c9dc5;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (alphabet: string, n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    pick,
    hex: (n) => pick(ALPHABET.hex, n),
    alnum: (n) => pick(ALPHABET.alnum, n),
    lower: (n) => pick(ALPHABET.lower, n),
    upper: (n) => pick(ALPHABET.upper, n),
    digits: (n) => pick(ALPHABET.digits, n),
    base64: (n) => pick(ALPHABET.base64, n),
    base64url: (n) => pick(ALPHABET.base64url, n),
    uuid: () => [pick(ALPHABET.hex, 8), pick(ALPHABET.hex, 4), `4${pick(ALPHABET.hex, 3)}`, `a${pick(ALPHABET.hex, 3)}`, pick(ALPHABET.hex, 12)].join('-'),
  };
}

/** Standard base64 of a UTF-8 string (tokens that wrap JSON). */
export function base64Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Unpadded base64url of a UTF-8 string (JWT segments). */
export function base64UrlOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
