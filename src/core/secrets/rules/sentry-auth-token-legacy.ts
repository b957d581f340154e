import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Sixty-four lowercase hex characters assigned to a Sentry name.
 */
export default defineSecretRule({
  id: 'sentry-auth-token-legacy',
  provider: 'Sentry',
  description: 'Sentry auth token (legacy 64-hex format)',
  keywords: ['sentry'],
  pattern: assignedTo(['sentry'], '[a-f0-9]{64}', { notFollowedBy: ['release', 'dsn', 'commit', 'sha'] }),
  minEntropy: 3,
});
