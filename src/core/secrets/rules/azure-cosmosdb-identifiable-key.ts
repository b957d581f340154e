import { defineSecretRule } from '../rule';

/**
 * Identifiable key: 76 base64 characters, the signature `ACDb`, 5 more, then `[AQgw]==`
 * (Microsoft's identifiable-key format, so random base64 does not match).
 */
export default defineSecretRule({
  id: 'azure-cosmosdb-identifiable-key',
  provider: 'Azure',
  description: 'Azure Cosmos DB account key (identifiable format)',
  keywords: ['acdb'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  minEntropy: 3.5,
});
