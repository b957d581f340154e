import rule from '../../../../src/core/secrets/rules/paypal-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const secret = ['E', fake(BASE64URL, 79, 'paypal')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PAYPAL_CLIENT_SECRET=${secret}`, secret },
    { text: `  paypalSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `paypal_secret = "${secret}"`, secret, file: 'pay.py' },
  ],
  ignores: [
    { text: `PAYPAL_CLIENT_SECRET=E${'x'.repeat(79)}`, why: 'placeholder' },
    { text: `PAYPAL_CLIENT_SECRET=\${PAYPAL_CLIENT_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `PAYPAL_CLIENT_ID=A${fake(BASE64URL, 79, 'id')}`, why: 'client ID (starts with A)' },
  ],
});
