import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Mattermost personal access tokens: 26 lowercase alphanumerics, assigned to a name that mentions Mattermost.
 */
export default defineSecretRule({
  id: 'mattermost-access-token',
  provider: 'Mattermost',
  description: 'Mattermost personal access token',
  keywords: ['mattermost'],
  pattern: assignedTo(['mattermost'], '[a-z0-9]{26}', { notFollowedBy: ['team', 'channel', 'user_id'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
