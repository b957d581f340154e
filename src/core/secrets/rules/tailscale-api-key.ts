import { defineSecretRule } from '../rule';

/**
 * Tailscale API access tokens: `tskey-api-<key id>-<secret>`.
 */
export default defineSecretRule({
  id: 'tailscale-api-key',
  provider: 'Tailscale',
  description: 'Tailscale API access token',
  keywords: ['tskey-api-'],
  pattern: /\b(?<secret>tskey-api-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
