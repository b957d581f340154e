import { defineSecretRule } from '../rule';

/**
 * `NRAA-` + 27 hex characters.
 */
export default defineSecretRule({
  id: 'newrelic-admin-api-key',
  provider: 'New Relic',
  description: 'New Relic admin API key (legacy)',
  keywords: ['nraa-'],
  pattern: /\b(?<secret>NRAA-[a-f0-9]{27})\b/,
  minEntropy: 3,
});
