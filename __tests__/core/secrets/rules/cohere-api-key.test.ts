import rule from '../../../../src/core/secrets/rules/cohere-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 40, 'cohere');

describeSecretRule(rule, {
  matches: [
    { text: `COHERE_API_KEY=${secret}`, secret },
    { text: `  cohereApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `co = cohere.Client(cohere_api_key="${secret}")`, secret, file: 'rerank.py' },
  ],
  ignores: [
    { text: `COHERE_API_KEY=${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `COHERE_API_KEY=\${COHERE_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
