import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 44 base64 characters, the signature `AzFu`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-function-identifiable-key',
  provider: 'Azure',
  description: 'Azure Functions access key (identifiable format)',
  keywords: ['azfu'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
