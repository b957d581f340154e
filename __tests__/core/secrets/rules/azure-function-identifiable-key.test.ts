import rule from '../../../../src/core/secrets/rules/azure-function-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64URL, 44, 'azfu'), 'AzFu', fake(BASE64URL, 5, 'azfu-2'), 'g=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_FUNCTION_KEY=${key}`, secret: key },
    { text: `  functionKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `curl "https://shop-fn.azurewebsites.net/api/orders?code=${key}"`, secret: key, file: 'call.sh' },
  ],
  ignores: [
    { text: `AZURE_FUNCTION_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `AZURE_FUNCTION_KEY=${'A'.repeat(44)}AzFu${'A'.repeat(6)}A==`, why: 'placeholder' },
    { text: `AZURE_FUNCTION_KEY=${key.replace('AzFu', 'Zzzz')}`, why: 'no signature' },
  ],
});
