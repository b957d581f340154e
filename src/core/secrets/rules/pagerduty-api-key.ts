import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Twenty characters of `[A-Za-z0-9_+-]` assigned to a PagerDuty name. The key from PagerDuty's API
 * documentation is ignored.
 */
export default defineSecretRule({
  id: 'pagerduty-api-key',
  provider: 'PagerDuty',
  description: 'PagerDuty REST API key',
  keywords: [
    'pagerduty',
    'pager_duty',
    'pager-duty',
    'pager.duty',
    'pd_api_key',
    'pd-api-key',
    'pd.api.key',
    'pdapikey',
    'pd_token',
    'pd-token',
    'pd.token',
    'pdtoken',
  ],
  pattern: assignedTo(['pagerduty', 'pager_duty', 'pd_api_key', 'pd_token'], '[A-Za-z0-9_+-]{20}', { notFollowedBy: ['id', 'url', 'email'] }),
  minEntropy: 3.5,
  documentedExamples: ['y_NbAkKc66ryYTWUXYEu'],
});
