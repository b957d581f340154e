import { defineSecretRule } from '../rule';

/**
 * Tailscale webhook signing secrets: `tskey-webhook-<id>-<secret>`.
 */
export default defineSecretRule({
  id: 'tailscale-webhook-secret',
  provider: 'Tailscale',
  description: 'Tailscale webhook secret',
  keywords: ['tskey-webhook-'],
  pattern: /\b(?<secret>tskey-webhook-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
