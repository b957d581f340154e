import { defineSecretRule } from '../rule';

/**
 * `EAAA` + 60 base64url characters, or the older `sq0atp-` + 22 characters.
 */
export default defineSecretRule({
  id: 'square-access-token',
  provider: 'Square',
  description: 'Square access token',
  keywords: ['eaaa', 'sq0atp-'],
  pattern: /\b(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
