import { defineSecretRule } from '../rule';

/**
 * `NRIQ-` + 32 base64url characters.
 */
export default defineSecretRule({
  id: 'newrelic-insights-query-key',
  provider: 'New Relic',
  description: 'New Relic Insights query key',
  keywords: ['nriq-'],
  pattern: /\b(?<secret>NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
