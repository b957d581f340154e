import { defineSecretRule } from '../rule';

/**
 * `AccountKey=` + 86 base64 characters + `==` (a 64-byte key), as in
 * `DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net`.
 * The well-known Azurite and Cosmos DB emulator keys are documentation, not secrets.
 */
export default defineSecretRule({
  id: 'azure-storage-connection-string-key',
  provider: 'Azure',
  description: 'Azure Storage or Cosmos DB account key in a connection string',
  keywords: ['accountkey='],
  pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  documentedExamples: [
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  ],
});
