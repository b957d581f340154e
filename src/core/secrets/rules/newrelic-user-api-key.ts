import { defineSecretRule } from '../rule';

/**
 * `NRAK-` + 27 uppercase base36 characters.
 */
export default defineSecretRule({
  id: 'newrelic-user-api-key',
  provider: 'New Relic',
  description: 'New Relic user API key',
  keywords: ['nrak-'],
  pattern: /\b(?<secret>NRAK-[A-Z0-9]{27})\b/,
  minEntropy: 3,
});
