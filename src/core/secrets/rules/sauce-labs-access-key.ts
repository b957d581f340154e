import { UUID, assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Sauce Labs access keys: a UUID, assigned to a name that mentions Sauce Labs (`SAUCE_ACCESS_KEY`).
 */
export default defineSecretRule({
  id: 'sauce-labs-access-key',
  provider: 'Sauce Labs',
  description: 'Sauce Labs access key',
  keywords: ['sauce'],
  pattern: assignedTo(['sauce'], UUID, { notFollowedBy: ['tunnel', 'build', 'job'] }),
});
