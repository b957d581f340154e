import { defineSecretRule } from '../rule';

/**
 * `ya29.` + base64url; short-lived, but valid for an hour wherever it leaked.
 */
export default defineSecretRule({
  id: 'gcp-oauth-access-token',
  provider: 'Google Cloud',
  description: 'Google OAuth 2.0 access token',
  keywords: ['ya29.'],
  pattern: /\b(?<secret>ya29\.[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_.-])/,
  minEntropy: 4,
});
