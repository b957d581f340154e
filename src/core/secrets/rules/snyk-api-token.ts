import { UUID, assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Snyk API tokens: a UUID assigned to a Snyk token name (`SNYK_TOKEN`). Organization and project
 * ids are UUIDs too, so the name must say token or key.
 */
export default defineSecretRule({
  id: 'snyk-api-token',
  provider: 'Snyk',
  description: 'Snyk API token',
  keywords: ['snyk'],
  pattern: assignedTo(['snyk_token', 'snyk_api_token', 'snyk_auth_token', 'snyk_api_key', 'snyk_oauth_token', 'snyk_key'], UUID),
});
