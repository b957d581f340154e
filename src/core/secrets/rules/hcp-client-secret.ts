import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * HCP service-principal keys: a 64-character client secret, assigned to `HCP_CLIENT_SECRET`.
 */
export default defineSecretRule({
  id: 'hcp-client-secret',
  provider: 'HashiCorp',
  description: 'HashiCorp Cloud Platform service principal client secret',
  keywords: ['hcp_client_secret', 'hcp-client-secret'],
  pattern: assignedTo(['hcp_client_secret'], '[A-Za-z0-9_-]{64}'),
  validate: isMixedAlphanumeric,
  minEntropy: 4,
});
