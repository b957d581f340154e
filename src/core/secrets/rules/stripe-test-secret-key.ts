import { defineSecretRule } from '../rule';

/**
 * Test-mode keys cannot move money but expose test data and account settings; a separate rule so
 * it can be turned off independently of live keys. Keys from Stripe's own docs are ignored.
 */
export default defineSecretRule({
  id: 'stripe-test-secret-key',
  provider: 'Stripe',
  description: 'Stripe test-mode secret or restricted key',
  keywords: ['sk_test_', 'rk_test_'],
  pattern: /\b(?<secret>[rs]k_test_[0-9A-Za-z]{24,247})\b/,
  minEntropy: 3,
  documentedExamples: ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'sk_test_26PHem9AhJZvU623DfE1x4sd'],
});
