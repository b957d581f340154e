import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * `live_` + 30 base62 characters assigned to a Mollie name.
 */
export default defineSecretRule({
  id: 'mollie-api-key',
  provider: 'Mollie',
  description: 'Mollie live API key',
  keywords: ['mollie'],
  pattern: assignedTo(['mollie'], 'live_[A-Za-z0-9]{30}'),
  minEntropy: 3.5,
});
