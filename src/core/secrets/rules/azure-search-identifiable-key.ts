import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 42 base64 characters, the signature `AzSe`, a version character and 5 more
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-search-identifiable-key',
  provider: 'Azure',
  description: 'Azure AI Search admin or query key (identifiable format)',
  keywords: ['azse'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{42}AzSe[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
