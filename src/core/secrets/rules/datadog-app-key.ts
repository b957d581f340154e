import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Forty lowercase hex characters assigned to a Datadog application-key name (`DD_APP_KEY`).
 */
export default defineSecretRule({
  id: 'datadog-app-key',
  provider: 'Datadog',
  description: 'Datadog application key',
  keywords: [
    'datadog',
    'dd_app_key',
    'dd-app-key',
    'dd.app.key',
    'ddappkey',
    'dd_application_key',
    'dd-application-key',
    'dd.application.key',
    'ddapplicationkey',
  ],
  pattern: assignedTo(['datadog', 'dd_app_key', 'dd_application_key'], '[a-f0-9]{40}'),
  minEntropy: 3,
});
