import { defineSecretRule } from '../rule';

/**
 * Legacy Dropbox long-lived tokens: 11 characters, ten `A`s, then 43 base64url characters.
 * Only on a line that mentions Dropbox.
 */
export default defineSecretRule({
  id: 'dropbox-long-lived-token',
  provider: 'Dropbox',
  description: 'Dropbox long-lived access token',
  keywords: ['dropbox'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
