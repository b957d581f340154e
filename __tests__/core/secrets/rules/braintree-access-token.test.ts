import rule from '../../../../src/core/secrets/rules/braintree-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['access_token$production$', fake(LOWER_ALNUM, 16, 'bt'), '$', fake(HEX, 32, 'braintree')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BRAINTREE_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  accessToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `gateway = braintree.BraintreeGateway(access_token='${token}')`, secret: token, file: 'pay.py' },
  ],
  ignores: [
    { text: `BRAINTREE_ACCESS_TOKEN=access_token$production\${'x'.repeat(16)}\${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `BRAINTREE_ACCESS_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `BRAINTREE_ACCESS_TOKEN=\${BRAINTREE_ACCESS_TOKEN}`, why: 'reference' },
  ],
});
