import { UUID, assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Legacy HubSpot API keys: a UUID assigned to a HubSpot name or passed as `hapikey=`.
 */
export default defineSecretRule({
  id: 'hubspot-api-key',
  provider: 'HubSpot',
  description: 'HubSpot API key (legacy hapikey)',
  keywords: ['hubspot', 'hapikey'],
  pattern: assignedTo(['hubspot', 'hapikey'], UUID, { notFollowedBy: ['portal', 'app_id', 'client_id', 'form'] }),
});
