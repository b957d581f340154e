import { assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * X / Twitter OAuth 1.0a user access tokens: the numeric user id, `-`, and 20 to 40 alphanumerics,
 * assigned to a name that mentions Twitter.
 */
export default defineSecretRule({
  id: 'twitter-access-token',
  provider: 'X (Twitter)',
  description: 'X (Twitter) OAuth 1.0a access token',
  keywords: ['twitter'],
  pattern: assignedTo(['twitter'], '[0-9]{10,25}-[A-Za-z0-9]{20,40}'),
  minEntropy: 3.5,
});
