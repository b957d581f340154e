import { defineSecretRule } from '../rule';

/**
 * `NRII-` + 32 base64url characters.
 */
export default defineSecretRule({
  id: 'newrelic-insights-insert-key',
  provider: 'New Relic',
  description: 'New Relic Insights insert key',
  keywords: ['nrii-'],
  pattern: /\b(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
