import rule from '../../../../src/core/secrets/rules/azure-common-annotated-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const key = [fake(ALNUM, 52, 'cask'), 'JQQJ99', 'B', 'A', fake(ALNUM, 16, 'cask-2'), 'ACOG', fake(ALNUM, 4, 'cask-3')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_OPENAI_API_KEY=${key}`, secret: key },
    { text: `  apiKey: "${key}"`, secret: key, file: 'values.yaml' },
    { text: `curl -H "Ocp-Apim-Subscription-Key: ${key}" https://westeurope.api.cognitive.microsoft.com/`, secret: key, file: 'call.sh' },
  ],
  ignores: [
    { text: `AZURE_OPENAI_API_KEY=${key.slice(0, 60)}`, why: 'truncated' },
    { text: `AZURE_OPENAI_API_KEY=${'a'.repeat(52)}JQQJ99BA${'a'.repeat(16)}ACOGaaaa`, why: 'placeholder' },
  ],
});
