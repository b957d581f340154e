import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * 86 base64 characters + `==` assigned to a Cosmos name. The emulator key is public documentation.
 */
export default defineSecretRule({
  id: 'azure-cosmosdb-key',
  provider: 'Azure',
  description: 'Azure Cosmos DB account key',
  keywords: ['cosmos'],
  pattern: assignedTo(['cosmos'], '[A-Za-z0-9+/]{86}=='),
  minEntropy: 4,
  documentedExamples: ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='],
});
