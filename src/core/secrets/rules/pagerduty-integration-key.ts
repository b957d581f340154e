import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Thirty-two lowercase hex characters assigned to a PagerDuty name (`routing_key`, `integration_key`).
 */
export default defineSecretRule({
  id: 'pagerduty-integration-key',
  provider: 'PagerDuty',
  description: 'PagerDuty Events API integration (routing) key',
  keywords: [
    'pagerduty',
    'pager_duty',
    'pager-duty',
    'pager.duty',
    'pd_routing_key',
    'pd-routing-key',
    'pd.routing.key',
    'pdroutingkey',
    'pd_integration_key',
    'pd-integration-key',
    'pd.integration.key',
    'pdintegrationkey',
    'pd_service_key',
    'pd-service-key',
    'pd.service.key',
    'pdservicekey',
  ],
  pattern: assignedTo(['pagerduty', 'pager_duty', 'pd_routing_key', 'pd_integration_key', 'pd_service_key'], '[a-f0-9]{32}'),
  minEntropy: 3,
});
