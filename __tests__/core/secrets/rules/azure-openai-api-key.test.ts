import rule from '../../../../src/core/secrets/rules/azure-openai-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const key = fake(HEX, 32, 'aoai');

describeSecretRule(rule, {
  matches: [
    { text: `AZURE_OPENAI_API_KEY=${key}`, secret: key },
    { text: `  azureOpenAIKey: "${key}"`, secret: key, file: 'config.yaml' },
    { text: `azure_openai_key = "${key}"`, secret: key, file: 'llm.py' },
  ],
  ignores: [
    { text: `AZURE_OPENAI_API_KEY=${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `AZURE_OPENAI_API_KEY=${key.slice(2)}`, why: 'too short' },
    { text: `OPENAI_API_KEY=${key}`, why: 'not assigned to an Azure name' },
  ],
});
