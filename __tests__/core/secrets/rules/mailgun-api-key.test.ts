import rule from '../../../../src/core/secrets/rules/mailgun-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['key-', fake(HEX, 32, 'mailgun')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MAILGUN_API_KEY=${token}`, secret: token },
    { text: `  mailgunApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `auth=("api", "${token}")`, secret: token, file: 'mail.py' },
  ],
  ignores: [
    { text: `MAILGUN_API_KEY=key-${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `MAILGUN_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `MAILGUN_API_KEY=\${MAILGUN_API_KEY}`, why: 'reference' },
  ],
});
