import { defineSecretRule } from '../rule';

/**
 * Honeycomb ingest keys: `hcaik_` (or `hcxik_` for Classic environments) and 58 lowercase alphanumerics.
 */
export default defineSecretRule({
  id: 'honeycomb-ingest-key',
  provider: 'Honeycomb',
  description: 'Honeycomb ingest key',
  keywords: ['hcaik_', 'hcxik_'],
  pattern: /\b(?<secret>hc[ax]ik_[a-z0-9]{58})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
