import { defineSecretRule } from '../rule';

/**
 * `FLWSECK-` + 32 hex + `-X`. Test-mode keys (`FLWSECK_TEST-`) are not reported.
 */
export default defineSecretRule({
  id: 'flutterwave-secret-key',
  provider: 'Flutterwave',
  description: 'Flutterwave live secret key',
  keywords: ['flwseck-'],
  pattern: /\b(?<secret>FLWSECK-[a-f0-9]{32}-X)\b/,
  minEntropy: 3,
});
