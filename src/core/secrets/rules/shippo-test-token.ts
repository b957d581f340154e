import { defineSecretRule } from '../rule';

/**
 * `shippo_test_` + 40 hex characters.
 */
export default defineSecretRule({
  id: 'shippo-test-token',
  provider: 'Shippo',
  description: 'Shippo test API token',
  keywords: ['shippo_test_'],
  pattern: /\b(?<secret>shippo_test_[a-fA-F0-9]{40})\b/,
  minEntropy: 3,
});
