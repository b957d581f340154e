import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 33 base64 characters, the signature `+ARm`, a version character and 5 more, then `=`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-relay-identifiable-key',
  provider: 'Azure',
  description: 'Azure Relay access key (identifiable format)',
  keywords: ['+arm'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+ARm[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
