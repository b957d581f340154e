import rule from '../../../../src/core/secrets/rules/perplexity-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['pplx-', fake(ALNUM, 48, 'pplx')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PERPLEXITY_API_KEY=${token}`, secret: token },
    { text: `  perplexityApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `headers = {"Authorization": "Bearer ${token}"}`, secret: token, file: 'search.py' },
  ],
  ignores: [
    { text: `PERPLEXITY_API_KEY=pplx-${'x'.repeat(48)}`, why: 'placeholder' },
    { text: `PERPLEXITY_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `PERPLEXITY_API_KEY=\${PERPLEXITY_API_KEY}`, why: 'reference' },
  ],
});
