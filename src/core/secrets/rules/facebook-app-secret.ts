import { assignedTo } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Meta app secrets: 32 lowercase hex digits, assigned to a Facebook app-secret name.
 */
export default defineSecretRule({
  id: 'facebook-app-secret',
  provider: 'Meta (Facebook)',
  description: 'Meta (Facebook) app secret',
  keywords: ['facebook', 'fb_app_secret', 'fb_secret', 'fb_client_secret'],
  pattern: assignedTo(['facebook_app_secret', 'facebook_secret', 'facebook_client_secret', 'fb_app_secret', 'fb_secret', 'fb_client_secret'], '[a-f0-9]{32}'),
  minEntropy: 3,
});
