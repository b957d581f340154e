import rule from '../../../../src/core/secrets/rules/azure-storage-account-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 86, 'storage-assign'), '=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_STORAGE_KEY=${key}`, secret: key },
    { text: `  storageAccountKey: "${key}"`, secret: key, file: 'values.yaml' },
    { text: `var storageKey = "${key}";`, secret: key, file: 'Program.cs' },
  ],
  ignores: [
    {
      text: `AZURE_STORAGE_KEY=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==`,
      why: 'Azurite well-known development key',
    },
    { text: `AZURE_STORAGE_KEY=${'A'.repeat(86)}==`, why: 'placeholder' },
    { text: `SOME_KEY=${key}`, why: 'not assigned to an Azure storage name' },
  ],
});
