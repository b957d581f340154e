import rule from '../../../../src/core/secrets/rules/replicate-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['r8_', fake(ALNUM, 37, 'replicate')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `REPLICATE_API_TOKEN=${token}`, secret: token },
    { text: `  replicateToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `replicate = Client(api_token="${token}")`, secret: token, file: 'gen.py' },
  ],
  ignores: [
    { text: `REPLICATE_API_TOKEN=r8_${'x'.repeat(37)}`, why: 'placeholder' },
    { text: `REPLICATE_API_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `REPLICATE_API_TOKEN=\${REPLICATE_API_TOKEN}`, why: 'reference' },
  ],
});
