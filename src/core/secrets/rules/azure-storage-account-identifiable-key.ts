import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 76 base64 characters, the signature `+ASt`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-storage-account-identifiable-key',
  provider: 'Azure',
  description: 'Azure Storage account access key (identifiable format)',
  keywords: ['+ast'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
