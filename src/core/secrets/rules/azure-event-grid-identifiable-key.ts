import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 33 base64 characters, the signature `AZEG`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-event-grid-identifiable-key',
  provider: 'Azure',
  description: 'Azure Event Grid access key (identifiable format)',
  keywords: ['azeg'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
