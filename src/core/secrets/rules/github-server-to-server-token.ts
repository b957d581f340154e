import { defineSecretRule } from '../rule';
import { isValidGitHubTokenChecksum } from '../checksum';

/**
 * `ghs_` + 30 base62 characters + their base62 CRC32 (6 characters); the checksum rejects look-alikes.
 */
export default defineSecretRule({
  id: 'github-server-to-server-token',
  provider: 'GitHub',
  description: 'GitHub App installation (server-to-server) token',
  keywords: ['ghs_'],
  pattern: /\b(?<secret>ghs_[A-Za-z0-9]{36})\b/,
  validate: isValidGitHubTokenChecksum,
});
