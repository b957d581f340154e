import rule from '../../../../src/core/secrets/rules/azure-batch-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 76, 'aba'), '+ABa', fake(BASE64, 5, 'aba-2'), 'Q=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_BATCH_KEY=${key}`, secret: key },
    { text: `  batchAccountKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `az batch account login --name jobs --key "${key}"`, secret: key, file: 'batch.sh' },
  ],
  ignores: [
    { text: `AZURE_BATCH_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `AZURE_BATCH_KEY=${'A'.repeat(76)}+ABa${'A'.repeat(6)}A==`, why: 'placeholder' },
    { text: `AZURE_BATCH_KEY=${key.replace('+ABa', 'Zzzz')}`, why: 'no signature' },
  ],
});
