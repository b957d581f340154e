import rule from '../../../../src/core/secrets/rules/stripe-test-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['sk_test_', fake(ALNUM, 99, 'stripe-test')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `STRIPE_SECRET_KEY=${token}`, secret: token },
    { text: `  secretKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `Stripe.apiKey = "${token}";`, secret: token, file: 'Billing.java' },
  ],
  ignores: [
    { text: `STRIPE_SECRET_KEY=sk_test_${'x'.repeat(24)}`, why: 'placeholder' },
    { text: `STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}`, why: 'reference' },
    { text: `STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc`, why: 'documented example key' },
    { text: `STRIPE_SECRET_KEY=sk_test_abc`, why: 'too short' },
  ],
});
