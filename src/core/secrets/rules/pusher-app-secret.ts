import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Twenty lowercase hex characters assigned to a Pusher secret name (the app key is public).
 */
export default defineSecretRule({
  id: 'pusher-app-secret',
  provider: 'Pusher',
  description: 'Pusher Channels app secret',
  keywords: [
    'pusher_app_secret',
    'pusher-app-secret',
    'pusher.app.secret',
    'pusherappsecret',
    'pusher_secret',
    'pusher-secret',
    'pusher.secret',
    'pushersecret',
  ],
  pattern: assignedTo(['pusher_app_secret', 'pusher_secret'], '[a-f0-9]{20}'),
  minEntropy: 3,
});
