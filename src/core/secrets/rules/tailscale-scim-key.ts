import { defineSecretRule } from '../rule';

/**
 * Tailscale SCIM provisioning keys: `tskey-scim-<id>-<secret>`.
 */
export default defineSecretRule({
  id: 'tailscale-scim-key',
  provider: 'Tailscale',
  description: 'Tailscale SCIM API key',
  keywords: ['tskey-scim-'],
  pattern: /\b(?<secret>tskey-scim-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
