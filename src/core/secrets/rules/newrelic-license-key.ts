import { defineSecretRule } from '../rule';

/**
 * Forty characters ending in `NRAL`: 36 hex, or `eu01xx` + 30 hex for EU accounts.
 */
export default defineSecretRule({
  id: 'newrelic-license-key',
  provider: 'New Relic',
  description: 'New Relic ingest license key',
  keywords: ['nral'],
  pattern: /\b(?<secret>(?:[a-f0-9]{36}|eu01xx[a-f0-9]{30})NRAL)\b/,
  minEntropy: 3,
});
