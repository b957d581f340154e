import rule from '../../../../src/core/secrets/rules/twilio-auth-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX, 32, 'twilio-auth');

describeSecretRule(rule, {
  matches: [
    { text: `TWILIO_AUTH_TOKEN=${secret}`, secret },
    { text: `  twilioAuthToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `const twilioAuthToken = "${secret}";`, secret, file: 'src/sms.ts' },
  ],
  ignores: [
    { text: `TWILIO_AUTH_TOKEN=${'0'.repeat(32)}`, why: 'placeholder' },
    { text: `TWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}`, why: 'reference' },
    { text: `AUTH_TOKEN=${secret}`, why: 'not assigned to a provider name' },
    { text: `TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'sid')}`, why: 'account SID (identifier)' },
  ],
});
