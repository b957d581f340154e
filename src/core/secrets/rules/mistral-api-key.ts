import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Thirty-two base62 characters assigned to a Mistral name.
 */
export default defineSecretRule({
  id: 'mistral-api-key',
  provider: 'Mistral AI',
  description: 'Mistral AI API key',
  keywords: ['mistral'],
  pattern: assignedTo(['mistral'], '[A-Za-z0-9]{32}'),
  minEntropy: 4,
  validate: isMixedAlphanumeric,
});
