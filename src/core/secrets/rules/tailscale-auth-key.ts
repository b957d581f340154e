import { defineSecretRule } from '../rule';

/**
 * Tailscale auth keys: `tskey-auth-<key id>-<secret>`.
 */
export default defineSecretRule({
  id: 'tailscale-auth-key',
  provider: 'Tailscale',
  description: 'Tailscale auth key',
  keywords: ['tskey-auth-'],
  pattern: /\b(?<secret>tskey-auth-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
