import rule from '../../../../src/core/secrets/rules/stripe-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['sk_live_', fake(ALNUM, 99, 'stripe-live')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `STRIPE_SECRET_KEY=${token}`, secret: token },
    { text: `  secretKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const stripe = new Stripe('${token}', { apiVersion: '2024-06-20' });`, secret: token, file: 'src/billing.ts' },
  ],
  ignores: [
    { text: `STRIPE_SECRET_KEY=sk_live_${'x'.repeat(24)}`, why: 'placeholder' },
    { text: `STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}`, why: 'reference' },
    { text: `STRIPE_SECRET_KEY=sk_live_abc123`, why: 'too short' },
    { text: `STRIPE_SECRET_KEY=sk_live_<your-key>`, why: 'placeholder' },
  ],
});
