import { UUID, assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Codecov upload tokens: a UUID assigned to a name that mentions Codecov (`CODECOV_TOKEN`).
 */
export default defineSecretRule({
  id: 'codecov-upload-token',
  provider: 'Codecov',
  description: 'Codecov upload token',
  keywords: ['codecov'],
  pattern: assignedTo(['codecov'], UUID),
});
