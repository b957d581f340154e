/**
 * Deterministic, random-looking values for secret-rule tests. Every fake credential is built at run
 * time from an alphabet, a length and a seed, so no complete credential-looking literal sits in the
 * repository, and the same seed always gives the same value (stable test names and columns).
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

/** A small seeded PRNG (mulberry32) keyed by a string. */
function generator(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters drawn from `alphabet`, the same for the same seed. */
export function fake(alphabet: string, length: number, seed: string): string {
  const next = generator(`${seed}|${alphabet}|${length}`);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** A lowercase UUID-shaped value (8-4-4-4-12 hex). */
export function fakeUuid(seed: string): string {
  const h = fake(HEX, 32, `uuid:${seed}`);
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
}

/** Standard base64 of `bytes` pseudo-random bytes (e.g. 32 for an HMAC-SHA256 key). */
export function fakeBase64Bytes(bytes: number, seed: string): string {
  const next = generator(`bytes:${seed}:${bytes}`);
  return Buffer.from(Array.from({ length: bytes }, () => Math.floor(next() * 256))).toString('base64');
}

/** GitHub-style token: prefix, 30 base62 characters and their base62 CRC32 (6 characters). */
export function checksummedToken(prefix: string, seed: string): string {
  const body = fake(ALNUM, 30, seed);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}
