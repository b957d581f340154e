import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * `live_` + 40 base64url characters assigned to a GoCardless name.
 */
export default defineSecretRule({
  id: 'gocardless-access-token',
  provider: 'GoCardless',
  description: 'GoCardless live access token',
  keywords: ['gocardless'],
  pattern: assignedTo(['gocardless'], 'live_[A-Za-z0-9_=-]{40}'),
  minEntropy: 3.5,
});
