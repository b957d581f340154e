import { defineSecretRule } from '../rule';

/**
 * Databricks personal access tokens: `dapi`, 32 lowercase hex digits, optionally `-<digit>`.
 */
export default defineSecretRule({
  id: 'databricks-access-token',
  provider: 'Databricks',
  description: 'Databricks personal access token',
  keywords: ['dapi'],
  pattern: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9-])/,
  minEntropy: 3,
});
