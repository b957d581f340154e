import { defineSecretRule } from '../rule';

/** Intercom tokens are base64 of `tok:<uuid>:<…>`. */
function isIntercomToken(token: string): boolean {
  return /^tok:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:/.test(Buffer.from(token, 'base64').toString('utf8'));
}

/**
 * Base64 of `tok:<uuid>:…`, so it starts `dG9rOj` or `dG9rOm`; the decoded form is checked.
 */
export default defineSecretRule({
  id: 'intercom-access-token',
  provider: 'Intercom',
  description: 'Intercom access token',
  keywords: ['dg9ro'],
  pattern: /\b(?<secret>dG9rO[jm][A-Za-z0-9+/]{50,120}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 3,
  validate: isIntercomToken,
});
