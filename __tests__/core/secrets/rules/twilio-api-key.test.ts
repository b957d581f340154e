import rule from '../../../../src/core/secrets/rules/twilio-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['SK', fake(HEX, 32, 'twilio-sk')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TWILIO_API_KEY=${token}`, secret: token },
    { text: `  apiKeySid: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client = Client("${token}", api_secret, account_sid)`, secret: token, file: 'sms.py' },
  ],
  ignores: [
    { text: `TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, why: 'placeholder' },
    { text: `TWILIO_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `TWILIO_API_KEY=\${TWILIO_API_KEY}`, why: 'reference' },
    { text: `TWILIO_API_KEY=${token.toUpperCase()}`, why: 'wrong alphabet (uppercase hex)' },
  ],
});
