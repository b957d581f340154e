/**
 * Fake credentials in real formats for the scanner, check and action tests, with numeric seeds.
 * Built on the rule tests' generator (fake-secret.ts), so there is one PRNG and one checksum builder.
 */
import { ALNUM, checksummedToken, fake } from './fake-secret';

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
