import rule from '../../../../src/core/secrets/rules/mistral-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 32, 'mistral');

describeSecretRule(rule, {
  matches: [
    { text: `MISTRAL_API_KEY=${secret}`, secret },
    { text: `  mistralApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `mistral_api_key = "${secret}"`, secret, file: 'chat.py' },
  ],
  ignores: [
    { text: `MISTRAL_API_KEY=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `MISTRAL_API_KEY=\${MISTRAL_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
