import { defineSecretRule } from '../rule';

/**
 * `1//0` + base64url: long-lived, it mints access tokens until revoked.
 */
export default defineSecretRule({
  id: 'gcp-oauth-refresh-token',
  provider: 'Google Cloud',
  description: 'Google OAuth 2.0 refresh token',
  keywords: ['1//0'],
  pattern: /(?<![A-Za-z0-9/:])(?<secret>1\/\/0[A-Za-z0-9_-]{60,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
