import { defineSecretRule } from '../rule';

/**
 * DigitalOcean OAuth refresh tokens: `dor_v1_` and 64 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'digitalocean-refresh-token',
  provider: 'DigitalOcean',
  description: 'DigitalOcean OAuth refresh token',
  keywords: ['dor_v1_'],
  pattern: /\b(?<secret>dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
});
