import { defineSecretRule } from '../rule';

/**
 * The 84-character identifiable format (`JQQJ9…` at 52, `AZDO` at 76), or the legacy 52 lowercase
 * base32 characters when assigned to an Azure DevOps name.
 */
export default defineSecretRule({
  id: 'azure-devops-pat',
  provider: 'Azure',
  description: 'Azure DevOps personal access token',
  keywords: ['azdo'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
  minEntropy: 4,
});
