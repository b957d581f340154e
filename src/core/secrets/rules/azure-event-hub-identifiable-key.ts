import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 33 base64 characters, the signature `+AEh`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-event-hub-identifiable-key',
  provider: 'Azure',
  description: 'Azure Event Hubs access key (identifiable format)',
  keywords: ['+aeh'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+AEh[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
