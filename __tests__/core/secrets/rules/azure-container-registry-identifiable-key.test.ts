import rule from '../../../../src/core/secrets/rules/azure-container-registry-identifiable-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const key = [fake(BASE64, 42, 'acr'), '+ACR', 'A', fake(BASE64, 5, 'acr-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ACR_PASSWORD=${key}`, secret: key },
    { text: `  registryPassword: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `echo "${key}" | docker login shop.azurecr.io -u shop --password-stdin`, secret: key, file: 'login.sh' },
  ],
  ignores: [
    { text: `ACR_PASSWORD=${key.slice(1)}`, why: 'too short' },
    { text: `ACR_PASSWORD=${'A'.repeat(42)}+ACR${'A'.repeat(6)}`, why: 'placeholder' },
    { text: `ACR_PASSWORD=${key.replace('+ACR', 'Zzzz')}`, why: 'no signature' },
  ],
});
