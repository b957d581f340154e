import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Fifty-two lowercase base32 characters assigned to an Azure DevOps name.
 */
export default defineSecretRule({
  id: 'azure-devops-pat-legacy',
  provider: 'Azure',
  description: 'Azure DevOps personal access token (legacy format)',
  keywords: [
    'azure_devops',
    'azure-devops',
    'azure.devops',
    'azuredevops',
    'azdo',
    'ado_pat',
    'ado-pat',
    'ado.pat',
    'adopat',
    'ado_token',
    'ado-token',
    'ado.token',
    'adotoken',
    'devops_pat',
    'devops-pat',
    'devops.pat',
    'devopspat',
    'vsts',
  ],
  pattern: assignedTo(['azure_devops', 'azdo', 'ado_pat', 'ado_token', 'devops_pat', 'vsts'], '[a-z2-7]{52}', { end: '(?![A-Za-z0-9])' }),
  minEntropy: 4,
});
