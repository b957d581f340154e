import { defineSecretRule } from '../rule';

/**
 * Portainer access tokens: `ptr_` and the standard base64 of 32 random bytes (43 characters and `=`).
 */
export default defineSecretRule({
  id: 'portainer-access-token',
  provider: 'Portainer',
  description: 'Portainer API access token',
  keywords: ['ptr_'],
  pattern: /\b(?<secret>ptr_[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
  minEntropy: 3.5,
});
