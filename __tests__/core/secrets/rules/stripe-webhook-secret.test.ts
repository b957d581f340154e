import rule from '../../../../src/core/secrets/rules/stripe-webhook-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['whsec_', fake(ALNUM, 32, 'whsec')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `STRIPE_WEBHOOK_SECRET=${token}`, secret: token },
    { text: `  webhookSecret: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `endpoint_secret = '${token}'`, secret: token, file: 'hooks.py' },
  ],
  ignores: [
    { text: `STRIPE_WEBHOOK_SECRET=whsec_${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `STRIPE_WEBHOOK_SECRET=${token.slice(0, -3)}`, why: 'too short' },
    { text: `STRIPE_WEBHOOK_SECRET=\${STRIPE_WEBHOOK_SECRET}`, why: 'reference' },
  ],
});
