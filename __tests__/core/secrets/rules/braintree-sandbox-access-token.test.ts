import rule from '../../../../src/core/secrets/rules/braintree-sandbox-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['access_token$sandbox$', fake(LOWER_ALNUM, 16, 'bts'), '$', fake(HEX, 32, 'braintree-sandbox')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BRAINTREE_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  accessToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `BRAINTREE_ACCESS_TOKEN=access_token$sandbox\${'x'.repeat(16)}\${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `BRAINTREE_ACCESS_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `BRAINTREE_ACCESS_TOKEN=\${BRAINTREE_ACCESS_TOKEN}`, why: 'reference' },
  ],
});
