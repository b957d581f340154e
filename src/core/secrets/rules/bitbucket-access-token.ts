import { defineSecretRule } from '../rule';

/**
 * `ATCTT3xFfGN0` + base64url characters, ending in an 8-hex checksum.
 */
export default defineSecretRule({
  id: 'bitbucket-access-token',
  provider: 'Bitbucket',
  description: 'Bitbucket repository, project or workspace access token',
  keywords: ['atctt3xffgn0'],
  pattern: /\b(?<secret>ATCTT3xFfGN0[A-Za-z0-9_=-]{100,250})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
});
