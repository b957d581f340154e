import { defineSecretRule } from '../rule';

/**
 * Tailscale OAuth client secrets: `tskey-client-<client id>-<secret>`.
 */
export default defineSecretRule({
  id: 'tailscale-oauth-client-secret',
  provider: 'Tailscale',
  description: 'Tailscale OAuth client secret',
  keywords: ['tskey-client-'],
  pattern: /\b(?<secret>tskey-client-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
