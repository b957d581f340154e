import { defineSecretRule } from '../rule';
import { base62, crc32 } from '../checksum';

/** The last 6 characters are the base62 CRC32 of the 30 before them (GitHub's token format). */
function hasValidChecksum(token: string): boolean {
  return base62(crc32(token.slice(4, 34)), 6) === token.slice(34);
}

/**
 * `npm_` + 30 base62 characters + their base62 CRC32 (6 characters): npm adopted GitHub's token
 * format, checksum included, so look-alikes are rejected.
 */
export default defineSecretRule({
  id: 'npm-access-token',
  provider: 'npm',
  description: 'npm access token',
  keywords: ['npm_'],
  pattern: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/,
  minEntropy: 3,
  validate: hasValidChecksum,
});
