import rule from '../../../../src/core/secrets/rules/azure-storage-account-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 76, 'ast'), '+ASt', fake(BASE64, 5, 'ast-2'), 'Q=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_STORAGE_KEY=${key}`, secret: key },
    { text: `  accountKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${key};EndpointSuffix=core.windows.net`, secret: key, file: 'conn.txt' },
  ],
  ignores: [
    { text: `AZURE_STORAGE_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `AZURE_STORAGE_KEY=${'A'.repeat(76)}+ASt${'A'.repeat(6)}A==`, why: 'placeholder' },
    { text: `AZURE_STORAGE_KEY=${key.replace('+ASt', 'Zzzz')}`, why: 'no signature' },
  ],
});
