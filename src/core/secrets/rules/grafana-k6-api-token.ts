import { assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Grafana Cloud k6 API tokens: 64 lowercase hex digits, assigned to `K6_CLOUD_TOKEN` and similar names.
 */
export default defineSecretRule({
  id: 'grafana-k6-api-token',
  provider: 'Grafana',
  description: 'Grafana Cloud k6 API token',
  keywords: ['k6_cloud', 'k6_api', 'k6_token'],
  pattern: assignedTo(['k6_cloud_token', 'k6_cloud_api_token', 'k6_api_token', 'k6_token'], '[a-f0-9]{64}'),
  minEntropy: 3,
});
