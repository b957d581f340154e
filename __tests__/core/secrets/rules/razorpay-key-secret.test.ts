import rule from '../../../../src/core/secrets/rules/razorpay-key-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 24, 'razorpay');

describeSecretRule(rule, {
  matches: [
    { text: `RAZORPAY_KEY_SECRET=${secret}`, secret },
    { text: `  razorpaySecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `razorpay_secret = "${secret}"`, secret, file: 'pay.py' },
  ],
  ignores: [
    { text: `RAZORPAY_KEY_SECRET=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `RAZORPAY_KEY_SECRET=\${RAZORPAY_KEY_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `RAZORPAY_KEY_ID=rzp_live_${fake(ALNUM, 14, 'id')}`, why: 'key ID' },
  ],
});
