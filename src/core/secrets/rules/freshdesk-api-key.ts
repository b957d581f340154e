import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Freshdesk API keys: 20 alphanumerics, assigned to a name that mentions Freshdesk.
 */
export default defineSecretRule({
  id: 'freshdesk-api-key',
  provider: 'Freshdesk',
  description: 'Freshdesk API key',
  keywords: ['freshdesk'],
  pattern: assignedTo(['freshdesk'], '[A-Za-z0-9]{20}', { notFollowedBy: ['domain', 'url', 'host'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.3,
});
