import { defineSecretRule } from '../rule';
import { isValidGitHubTokenChecksum } from '../checksum';

/**
 * `ghu_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
export default defineSecretRule({
  id: 'github-user-to-server-token',
  provider: 'GitHub',
  description: 'GitHub App user-to-server token',
  keywords: ['ghu_'],
  pattern: /\b(?<secret>ghu_[A-Za-z0-9]{36})\b/,
  validate: isValidGitHubTokenChecksum,
});
