import { defineSecretRule } from '../rule';

/**
 * `sq0csp-` + 43 base64url characters.
 */
export default defineSecretRule({
  id: 'square-oauth-secret',
  provider: 'Square',
  description: 'Square OAuth application secret',
  keywords: ['sq0csp-'],
  pattern: /\b(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
