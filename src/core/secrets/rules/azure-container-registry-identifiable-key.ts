import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 42 base64 characters, the signature `+ACR`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-container-registry-identifiable-key',
  provider: 'Azure',
  description: 'Azure Container Registry access key (identifiable format)',
  keywords: ['+acr'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
