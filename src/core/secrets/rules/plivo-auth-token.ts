import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Forty base62 characters assigned to a Plivo name.
 */
export default defineSecretRule({
  id: 'plivo-auth-token',
  provider: 'Plivo',
  description: 'Plivo auth token',
  keywords: ['plivo'],
  pattern: assignedTo(['plivo'], '[A-Za-z0-9]{40}'),
  minEntropy: 4,
  validate: isMixedAlphanumeric,
});
