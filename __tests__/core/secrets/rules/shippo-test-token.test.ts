import rule from '../../../../src/core/secrets/rules/shippo-test-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['shippo_test_', fake(HEX, 40, 'shippo-test')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SHIPPO_API_TOKEN=${token}`, secret: token },
    { text: `  shippoToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `SHIPPO_API_TOKEN=shippo_test_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `SHIPPO_API_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SHIPPO_API_TOKEN=\${SHIPPO_API_TOKEN}`, why: 'reference' },
  ],
});
