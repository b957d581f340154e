import { defineSecretRule } from '../rule';
import { isValidGitHubTokenChecksum } from '../checksum';

/**
 * `gho_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
export default defineSecretRule({
  id: 'github-oauth-token',
  provider: 'GitHub',
  description: 'GitHub OAuth access token',
  keywords: ['gho_'],
  pattern: /\b(?<secret>gho_[A-Za-z0-9]{36})\b/,
  validate: isValidGitHubTokenChecksum,
});
