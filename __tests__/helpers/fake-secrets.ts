/**
 * Fake credentials in real formats, built at run time so no credential-looking literal sits in the
 * repository. Deterministic: the same seed gives the same value.
 */
import { base62, crc32 } from '../../src/core/secrets/checksum';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number, seed: number, alphabet = ALNUM): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

/** A GitHub token with a correct CRC32 tail (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`). */
export function githubToken(seed: number, prefix = 'ghp_'): string {
  const body = randomString(30, seed);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

export function awsAccessKeyId(seed: number): string {
  return `AKIA${randomString(16, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
}

/** A password that looks random (high entropy). */
export function strongPassword(seed: number): string {
  return `${randomString(12, seed)}!${randomString(7, seed + 1)}#`;
}
