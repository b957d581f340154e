import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Travis CI API tokens: 22 base64url characters, assigned to a name that mentions Travis.
 */
export default defineSecretRule({
  id: 'travis-ci-api-token',
  provider: 'Travis CI',
  description: 'Travis CI API token',
  keywords: ['travis'],
  pattern: assignedTo(['travis'], '[A-Za-z0-9_-]{22}', { notFollowedBy: ['build', 'branch', 'commit', 'job_id', 'repo'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
