import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Sixty-four uppercase hex characters assigned to an Adyen name.
 */
export default defineSecretRule({
  id: 'adyen-hmac-key',
  provider: 'Adyen',
  description: 'Adyen webhook HMAC key',
  keywords: ['adyen'],
  pattern: assignedTo(['adyen'], '[A-F0-9]{64}'),
  minEntropy: 3,
});
