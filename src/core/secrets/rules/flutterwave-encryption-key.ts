import { defineSecretRule } from '../rule';

/**
 * `FLWSECK` + 12 hex characters. Test-mode keys (`FLWSECK_TEST…`) are not reported.
 */
export default defineSecretRule({
  id: 'flutterwave-encryption-key',
  provider: 'Flutterwave',
  description: 'Flutterwave live encryption key',
  keywords: ['flwseck'],
  pattern: /\b(?<secret>FLWSECK-?[a-f0-9]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
});
