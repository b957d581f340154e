import { defineSecretRule } from '../rule';

/**
 * Meta Graph API user, page and system-user tokens: `EAA` and an uppercase letter (`EAAG`, `EAAB`,
 * `EAAI`…), then 80 or more alphanumerics. Only on a line that mentions Facebook (Square's `EAAA`
 * tokens are not these).
 */
export default defineSecretRule({
  id: 'facebook-access-token',
  provider: 'Meta (Facebook)',
  description: 'Meta (Facebook) Graph API access token',
  keywords: ['facebook', 'fb_access', 'fb_token', 'fb_page', 'fb_user', 'meta_access_token', 'graph_api_token'],
  pattern: /\b(?<secret>EAA(?!A)[A-Z][A-Za-z0-9]{80,400})(?![A-Za-z0-9])/,
  minEntropy: 4,
});
