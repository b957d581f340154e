import { defineSecretRule } from '../rule';
import { assignmentPrefix } from './_assignment';

/**
 * Thirty-two lowercase letters and digits (usually hex) assigned to a PagerDuty name
 * (`PAGERDUTY_ROUTING_KEY`, `pd_integration_key`), to Alertmanager's `pagerduty_configs` keys
 * (`routing_key`, `service_key`, on lines of their own), or in an Events API integration URL.
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
    'routing_key',
    'routingkey',
    'service_key',
    'servicekey',
  ],
  pattern: new RegExp(
    `(?:${assignmentPrefix(['pagerduty', 'pager_duty', 'pd_routing_key', 'pd_integration_key', 'pd_service_key', 'routing_key', 'service_key'])}|events\\.(?:eu\\.)?pagerduty\\.com/(?:integration|x-ere)/)(?<secret>[a-z0-9]{32})(?![A-Za-z0-9_+=-])`,
  ),
  // A key always has digits and letters; a 32-letter word run or all digits is not one.
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret),
  minEntropy: 3,
});
