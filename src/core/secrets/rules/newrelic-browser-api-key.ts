import { defineSecretRule } from '../rule';

/**
 * `NRJS-` + 19 hex characters.
 */
export default defineSecretRule({
  id: 'newrelic-browser-api-key',
  provider: 'New Relic',
  description: 'New Relic browser (ingest) API key',
  keywords: ['nrjs-'],
  pattern: /\b(?<secret>NRJS-[a-f0-9]{19})\b/,
  minEntropy: 3,
});
