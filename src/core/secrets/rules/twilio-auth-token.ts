import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Thirty-two lowercase hex characters assigned to a Twilio name. The account SID (`AC…`) is an identifier
 * and is not reported.
 */
export default defineSecretRule({
  id: 'twilio-auth-token',
  provider: 'Twilio',
  description: 'Twilio auth token',
  keywords: ['twilio'],
  pattern: assignedTo(['twilio'], '[0-9a-f]{32}'),
  minEntropy: 3,
});
