import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Thirty-two lowercase hex characters assigned to a Datadog API-key name (`DD_API_KEY`, `datadog_api_key`).
 */
export default defineSecretRule({
  id: 'datadog-api-key',
  provider: 'Datadog',
  description: 'Datadog API key',
  keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd.api.key', 'ddapikey'],
  pattern: assignedTo(['datadog', 'dd_api_key'], '[a-f0-9]{32}'),
  minEntropy: 3,
});
