import { defineSecretRule } from '../rule';

/**
 * `ATBB` + base62 characters (32 in the tokens seen so far).
 */
export default defineSecretRule({
  id: 'bitbucket-app-password',
  provider: 'Bitbucket',
  description: 'Bitbucket app password',
  keywords: ['atbb'],
  pattern: /\b(?<secret>ATBB[A-Za-z0-9]{28,60})\b/,
  minEntropy: 3.5,
});
