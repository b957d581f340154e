import { defineSecretRule } from '../rule';

/**
 * Tencent Cloud API SecretIds: `AKID` and 32 to 36 alphanumerics.
 */
export default defineSecretRule({
  id: 'tencent-cloud-secret-id',
  provider: 'Tencent Cloud',
  description: 'Tencent Cloud SecretId',
  keywords: ['akid'],
  pattern: /\b(?<secret>AKID[A-Za-z0-9]{32,36})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
});
