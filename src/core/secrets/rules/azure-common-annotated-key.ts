import { defineSecretRule } from '../rule';

/**
 * The 84-character "common annotated security key" format Microsoft uses for newer keys (Azure AI
 * services, Azure OpenAI, …): 52 characters, `JQQJ9`, a version and date block, a 4-character provider
 * signature at 76 and a checksum. Azure DevOps PATs (`AZDO`) have their own rule.
 */
export default defineSecretRule({
  id: 'azure-common-annotated-key',
  provider: 'Azure',
  description: 'Microsoft common annotated security key (Azure AI services and others)',
  keywords: ['jqqj9'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}(?!AZDO)[A-Za-z][A-Za-z0-9]{7})(?![A-Za-z0-9])/,
  minEntropy: 4,
});
