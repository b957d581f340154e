import { defineSecretRule } from '../rule';

/**
 * `GOCSPX-` + 28 base64url characters.
 */
export default defineSecretRule({
  id: 'gcp-oauth-client-secret',
  provider: 'Google Cloud',
  description: 'Google OAuth client secret',
  keywords: ['gocspx-'],
  pattern: /\b(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
