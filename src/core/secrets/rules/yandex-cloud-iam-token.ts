import { defineSecretRule } from '../rule';

/**
 * Yandex Cloud IAM tokens: `t1.`, a base64url header, `.`, and an 86-character signature.
 */
export default defineSecretRule({
  id: 'yandex-cloud-iam-token',
  provider: 'Yandex Cloud',
  description: 'Yandex Cloud IAM token',
  keywords: ['t1.'],
  pattern: /\b(?<secret>t1\.[A-Za-z0-9_-]{20,4096}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
});
