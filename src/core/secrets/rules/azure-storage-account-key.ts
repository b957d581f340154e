import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * 86 base64 characters + `==` assigned to an Azure storage name (`AZURE_STORAGE_KEY`, `storageAccountKey`).
 */
export default defineSecretRule({
  id: 'azure-storage-account-key',
  provider: 'Azure',
  description: 'Azure Storage account access key',
  keywords: [
    'azure_storage',
    'azure-storage',
    'azure.storage',
    'azurestorage',
    'storage_account_key',
    'storage-account-key',
    'storage.account.key',
    'storageaccountkey',
    'storage_key',
    'storage-key',
    'storage.key',
    'storagekey',
  ],
  pattern: assignedTo(['azure_storage', 'storage_account_key', 'storage_key'], '[A-Za-z0-9+/]{86}=='),
  minEntropy: 4,
  documentedExamples: ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
});
