import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Twitch OAuth access tokens and client secrets: 30 lowercase alphanumerics, assigned to a name that
 * mentions Twitch.
 */
export default defineSecretRule({
  id: 'twitch-access-token',
  provider: 'Twitch',
  description: 'Twitch access token',
  keywords: ['twitch'],
  pattern: assignedTo(['twitch'], '[a-z0-9]{30}', { notFollowedBy: ['client_id', 'channel', 'user', 'username'] }),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
