import { defineSecretRule } from '../rule';

/**
 * DigitalOcean OAuth access tokens: `doo_v1_` and 64 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'digitalocean-oauth-token',
  provider: 'DigitalOcean',
  description: 'DigitalOcean OAuth access token',
  keywords: ['doo_v1_'],
  pattern: /\b(?<secret>doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
});
