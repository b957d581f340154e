import { defineSecretRule } from '../rule';

/**
 * Cloudflare Origin CA keys: `v1.0-`, 24 hex digits, `-`, and 146 hex digits.
 */
export default defineSecretRule({
  id: 'cloudflare-origin-ca-key',
  provider: 'Cloudflare',
  description: 'Cloudflare Origin CA key',
  keywords: ['v1.0-'],
  pattern: /\b(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/,
  minEntropy: 3,
});
