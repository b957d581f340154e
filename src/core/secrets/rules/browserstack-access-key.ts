import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * BrowserStack access keys: 20 alphanumerics, assigned to a name that mentions BrowserStack.
 */
export default defineSecretRule({
  id: 'browserstack-access-key',
  provider: 'BrowserStack',
  description: 'BrowserStack access key',
  keywords: ['browserstack'],
  pattern: assignedTo(['browserstack'], '[A-Za-z0-9]{20}', { notFollowedBy: ['user', 'username', 'build', 'project', 'local_identifier'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.3,
});
