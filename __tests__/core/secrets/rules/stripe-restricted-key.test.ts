import rule from '../../../../src/core/secrets/rules/stripe-restricted-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['rk_live_', fake(ALNUM, 24, 'stripe-rk')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `STRIPE_RESTRICTED_KEY=${token}`, secret: token },
    { text: `  restrictedKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `stripe.api_key = "${token}"`, secret: token, file: 'billing.py' },
  ],
  ignores: [
    { text: `STRIPE_RESTRICTED_KEY=rk_live_${'x'.repeat(24)}`, why: 'placeholder' },
    { text: `STRIPE_RESTRICTED_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `STRIPE_RESTRICTED_KEY=\${STRIPE_RESTRICTED_KEY}`, why: 'reference' },
  ],
});
