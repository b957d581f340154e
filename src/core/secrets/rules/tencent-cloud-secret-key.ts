import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Tencent Cloud API SecretKeys: 32 alphanumerics, assigned to a Tencent Cloud secret-key name.
 */
export default defineSecretRule({
  id: 'tencent-cloud-secret-key',
  provider: 'Tencent Cloud',
  description: 'Tencent Cloud SecretKey',
  keywords: ['tencent', 'qcloud'],
  pattern: assignedTo(['tencentcloud_secret_key', 'tencent_secret_key', 'tencent_cloud_secret_key', 'qcloud_secret_key'], '[A-Za-z0-9]{32}'),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
