import rule from '../../../../src/core/secrets/rules/easypost-test-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['EZTK', fake(ALNUM, 54, 'easypost-test')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `EASYPOST_TEST_API_KEY=${token}`, secret: token },
    { text: `  easypostKey: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `EASYPOST_TEST_API_KEY=EZTK${'x'.repeat(54)}`, why: 'placeholder' },
    { text: `EASYPOST_TEST_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `EASYPOST_TEST_API_KEY=\${EASYPOST_TEST_API_KEY}`, why: 'reference' },
  ],
});
