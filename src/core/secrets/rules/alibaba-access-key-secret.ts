import { assignedTo, isMixedAlphanumeric } from './_assignment';
import { defineSecretRule } from '../rule';

/**
 * Alibaba Cloud AccessKey secrets: 30 alphanumerics, assigned to an Alibaba/Aliyun name or an
 * `access_key_secret` (the Alibaba SDK's own name for it).
 */
export default defineSecretRule({
  id: 'alibaba-access-key-secret',
  provider: 'Alibaba Cloud',
  description: 'Alibaba Cloud AccessKey secret',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret', 'accesskeysecret'],
  pattern: assignedTo(['alibaba', 'aliyun', 'alicloud', 'access_key_secret'], '[A-Za-z0-9]{30}'),
  validate: isMixedAlphanumeric,
  minEntropy: 3.5,
});
