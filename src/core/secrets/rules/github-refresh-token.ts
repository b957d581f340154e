import { defineSecretRule } from '../rule';
import { isValidGitHubTokenChecksum } from '../checksum';

/**
 * `ghr_` + 36 characters with the GitHub CRC32 tail, or the 76-character form GitHub Apps issue
 * for user refresh tokens (no documented checksum).
 */
export default defineSecretRule({
  id: 'github-refresh-token',
  provider: 'GitHub',
  description: 'GitHub App refresh token',
  keywords: ['ghr_'],
  pattern: /\b(?<secret>ghr_(?:[A-Za-z0-9]{76}|[A-Za-z0-9]{36}))\b/,
  minEntropy: 3.5,
  validate: (secret) => secret.length !== 40 || isValidGitHubTokenChecksum(secret),
  documentedExamples: ['ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498'],
});
