/**
 * The one generator of deterministic, random-looking values for tests and the benchmark corpora.
 * Every fake credential is built at run time from an alphabet, a length and a seed, so no complete
 * credential-looking literal sits in the repository, and the same seed always gives the same value
 * (stable test names and columns, the same corpus on every machine). Never a real secret: the
 * values are random characters in the provider's alphabet.
 *
 * - `createRandom(seed)`: the PRNG (mulberry32) with the draws the corpus generators need (bench/).
 * - `fake(alphabet, length, seed)`: one value per string seed, independent of other calls.
 * - `seededToken(seed)`: a sequence of values from one string seed (secret-rule tests).
 * - `randomString`, `githubToken`, ...: values with numeric seeds (scanner, check and action tests).
 *
 * bench/*.mjs import this file through bench/register-ts.mjs, so it must stay free of jest.
 */
import { base62, crc32 } from '../../src/core/secrets/checksum';

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LETTERS = UPPER + LOWER;
/** Base62: digits, upper and lower case letters. */
export const ALNUM = DIGITS + UPPER + LOWER;
export const LOWER_ALNUM = DIGITS + LOWER;
export const UPPER_ALNUM = DIGITS + UPPER;
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';
export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** A seeded random source with the few draws the generators need. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks from [[weight, value], ...]. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T;
  /** k distinct items, in their original order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** `len` lowercase hex digits. */
  hex(len: number): string;
}

/** mulberry32 from a 32-bit seed: small, fast, deterministic, good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (entries) => {
      const total = entries.reduce((sum, [w]) => sum + w, 0);
      let r = next() * total;
      for (const [w, value] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
    sample: (items, k) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(k, items.length)) chosen.add(Math.floor(next() * items.length));
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
    },
    hex: (len) => Array.from({ length: len }, () => HEX[int(0, 15)]).join(''),
  };
}

/** A random source keyed by a string (the string is hashed into mulberry32's seed). */
export function randomFrom(seed: string): Random {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return createRandom(h);
}

/** `length` characters drawn from `alphabet` by `random`. */
export function draw(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random.next() * alphabet.length)];
  return out;
}

/** `length` characters drawn from `alphabet`, the same for the same seed. */
export function fake(alphabet: string, length: number, seed: string): string {
  return draw(randomFrom(`${seed}|${alphabet}|${length}`), alphabet, length);
}

/** A lowercase UUID-shaped value (8-4-4-4-12 hex). */
export function fakeUuid(seed: string): string {
  const h = fake(HEX, 32, `uuid:${seed}`);
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
}

/** Standard base64 of `bytes` pseudo-random bytes (e.g. 32 for an HMAC-SHA256 key). */
export function fakeBase64Bytes(bytes: number, seed: string): string {
  const random = randomFrom(`bytes:${seed}:${bytes}`);
  return Buffer.from(Array.from({ length: bytes }, () => Math.floor(random.next() * 256))).toString('base64');
}

/** The GitHub (and npm) token format: prefix, the random body, then the body's CRC32 in 6 base62 characters. */
export function withCrc32Tail(prefix: string, body: string): string {
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** GitHub-style token: prefix, 30 base62 characters and their base62 CRC32 (6 characters). */
export function checksummedToken(prefix: string, seed: string): string {
  return withCrc32Tail(prefix, fake(ALNUM, 30, seed));
}

/** Successive values from one seed, in a provider's alphabet. */
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
  /** A version-4 UUID shape. */
  uuid(): string;
}

/** A generator of successive values from one string seed (each secret-rule test file has its own). */
export function seededToken(seed: string): TokenGenerator {
  const random = randomFrom(seed);
  const pick = (alphabet: string, n: number): string => draw(random, alphabet, n);
  return {
    pick,
    hex: (n) => pick(HEX, n),
    alnum: (n) => pick(ALNUM, n),
    lower: (n) => pick(LOWER_ALNUM, n),
    upper: (n) => pick(UPPER_ALNUM, n),
    digits: (n) => pick(DIGITS, n),
    base64: (n) => pick(BASE64, n),
    base64url: (n) => pick(BASE64URL, n),
    uuid: () => [pick(HEX, 8), pick(HEX, 4), `4${pick(HEX, 3)}`, `a${pick(HEX, 3)}`, pick(HEX, 12)].join('-'),
  };
}

/** `length` characters from `alphabet` for a numeric seed. */
export function randomString(length: number, seed: number, alphabet = ALNUM): string {
  return fake(alphabet, length, `n${seed}`);
}

/** A GitHub-format token with a correct CRC32 tail (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`; also npm's `npm_`). */
export function githubToken(seed: number, prefix = 'ghp_'): string {
  return checksummedToken(prefix, `n${seed}`);
}

export function awsAccessKeyId(seed: number): string {
  return `AKIA${randomString(16, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
}

/** A password that looks random (high entropy). */
export function strongPassword(seed: number): string {
  return `${randomString(12, seed)}!${randomString(7, seed + 1)}#`;
}

/** Standard base64 of a UTF-8 string (tokens that wrap JSON). */
export function base64Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Unpadded base64url of a UTF-8 string (JWT segments). */
export function base64UrlOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
