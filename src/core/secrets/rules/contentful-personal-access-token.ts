import { defineSecretRule } from '../rule';

/**
 * Contentful personal access tokens (Content Management API): `CFPAT-` and 43 base64url characters.
 */
export default defineSecretRule({
  id: 'contentful-personal-access-token',
  provider: 'Contentful',
  description: 'Contentful personal access token',
  keywords: ['cfpat-'],
  pattern: /\b(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
