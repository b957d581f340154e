import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Thirty lowercase base36 characters assigned to a Plaid name.
 */
export default defineSecretRule({
  id: 'plaid-secret',
  provider: 'Plaid',
  description: 'Plaid API secret',
  keywords: ['plaid'],
  pattern: assignedTo(['plaid'], '[a-z0-9]{30}'),
  minEntropy: 3.5,
});
