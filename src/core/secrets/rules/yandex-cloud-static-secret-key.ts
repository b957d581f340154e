import { defineSecretRule } from '../rule';

/**
 * Yandex Cloud static access key secrets (S3-compatible): `YC` and 38 base64url characters.
 * Only on a line that mentions Yandex.
 */
export default defineSecretRule({
  id: 'yandex-cloud-static-secret-key',
  provider: 'Yandex Cloud',
  description: 'Yandex Cloud static access key secret',
  keywords: ['yandex'],
  pattern: /\b(?<secret>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
});
