import { assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Algolia API keys: 32 lowercase hex digits, assigned to a name that mentions Algolia. Search-only
 * keys are meant to be public, so names with `search` or `public` do not count.
 */
export default defineSecretRule({
  id: 'algolia-admin-api-key',
  provider: 'Algolia',
  description: 'Algolia admin or write API key',
  keywords: ['algolia'],
  pattern: assignedTo(['algolia'], '[a-f0-9]{32}', { notFollowedBy: ['search', 'public', 'app_id', 'application_id'] }),
  minEntropy: 3,
});
