import { defineSecretRule } from '../rule';
import { isMixedAlphanumeric } from './_assignment';
import { assignedTo } from './_assignment';

/**
 * Forty base62 characters assigned to a Cohere name (`COHERE_API_KEY`, `CO_API_KEY`).
 */
export default defineSecretRule({
  id: 'cohere-api-key',
  provider: 'Cohere',
  description: 'Cohere API key',
  keywords: ['cohere', 'co_api_key', 'co-api-key', 'co.api.key', 'coapikey'],
  pattern: assignedTo(['cohere', 'co_api_key'], '[A-Za-z0-9]{40}'),
  minEntropy: 4,
  validate: isMixedAlphanumeric,
});
