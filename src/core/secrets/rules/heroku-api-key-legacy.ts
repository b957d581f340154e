import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * A UUID assigned to a Heroku name.
 */
export default defineSecretRule({
  id: 'heroku-api-key-legacy',
  provider: 'Heroku',
  description: 'Heroku API key (legacy UUID format)',
  keywords: ['heroku'],
  pattern: assignedTo(['heroku'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', { notFollowedBy: ['id', 'uuid'] }),
  minEntropy: 3,
});
