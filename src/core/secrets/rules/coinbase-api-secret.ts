import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Thirty-two base62 characters assigned to a Coinbase name.
 */
export default defineSecretRule({
  id: 'coinbase-api-secret',
  provider: 'Coinbase',
  description: 'Coinbase API secret (legacy key pair)',
  keywords: ['coinbase'],
  pattern: assignedTo(['coinbase'], '[A-Za-z0-9]{32}'),
  minEntropy: 4,
  validate: isMixedAlphanumeric,
});
