import rule from '../../../../src/core/secrets/rules/twilio-api-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 32, 'twilio-secret');

describeSecretRule(rule, {
  matches: [
    { text: `TWILIO_API_SECRET=${secret}`, secret },
    { text: `  twilioApiSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `twilio_secret = "${secret}"`, secret, file: 'sms.py' },
  ],
  ignores: [
    { text: `TWILIO_API_SECRET=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `TWILIO_API_SECRET=\${TWILIO_API_SECRET}`, why: 'reference' },
    { text: `API_SECRET=${secret}`, why: 'not assigned to a provider name' },
  ],
});
