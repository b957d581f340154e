import rule from '../../../../src/core/secrets/rules/linear-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('linear-api-key');
const token = ['lin_api_', t.alnum(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `LINEAR_API_KEY=${token}`, secret: token },
    { text: `const linear = new LinearClient({ apiKey: '${token}' });`, secret: token, file: 'src/sync.ts' },
    { text: `  linear_api_key: ${token}`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `LINEAR_API_KEY=lin_api_${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `LINEAR_API_KEY=lin_api_${t.alnum(20)}`, why: 'too short' },
  ],
});
