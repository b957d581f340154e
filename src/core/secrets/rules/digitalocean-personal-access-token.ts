import { defineSecretRule } from '../rule';

/**
 * DigitalOcean personal access tokens: `dop_v1_` and 64 lowercase hex digits.
 */
export default defineSecretRule({
  id: 'digitalocean-personal-access-token',
  provider: 'DigitalOcean',
  description: 'DigitalOcean personal access token',
  keywords: ['dop_v1_'],
  pattern: /\b(?<secret>dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
});
