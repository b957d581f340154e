import { defineSecretRule } from '../rule';

/**
 * Dropbox short-lived access tokens: `sl.` (or `sl.u.`, `sl.B…`) and 130 or more base64url characters.
 */
export default defineSecretRule({
  id: 'dropbox-short-lived-token',
  provider: 'Dropbox',
  description: 'Dropbox short-lived access token',
  keywords: ['sl.'],
  pattern: /\b(?<secret>sl\.(?:[A-Za-z]\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
});
