import { defineSecretRule } from '../rule';

/**
 * `ATATT3xFfGF0` + base64url characters, ending in an 8-hex checksum.
 */
export default defineSecretRule({
  id: 'atlassian-api-token',
  provider: 'Atlassian',
  description: 'Atlassian API token (Jira, Confluence)',
  keywords: ['atatt3xffgf0'],
  pattern: /\b(?<secret>ATATT3xFfGF0[A-Za-z0-9_=-]{100,250})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
});
