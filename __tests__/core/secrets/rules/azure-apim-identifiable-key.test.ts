import rule from '../../../../src/core/secrets/rules/azure-apim-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 76, 'apim'), 'APIM', fake(BASE64, 5, 'apim-2'), 'Q=='].join('');

describeSecretRule(rule, {
  matches: [
    { text: `APIM_SUBSCRIPTION_KEY=${key}`, secret: key },
    { text: `  subscriptionKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `curl -H "Ocp-Apim-Subscription-Key: ${key}" https://shop.azure-api.net/orders`, secret: key, file: 'call.sh' },
  ],
  ignores: [
    { text: `APIM_SUBSCRIPTION_KEY=${key.slice(1)}`, why: 'too short' },
    { text: `APIM_SUBSCRIPTION_KEY=${'A'.repeat(76)}APIM${'A'.repeat(6)}A==`, why: 'placeholder' },
    { text: `APIM_SUBSCRIPTION_KEY=${key.replace('APIM', 'Zzzz')}`, why: 'no signature' },
  ],
});
