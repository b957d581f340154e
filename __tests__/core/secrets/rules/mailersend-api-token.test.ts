import rule from '../../../../src/core/secrets/rules/mailersend-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['mlsn.', fake(HEX, 64, 'mailersend')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MAILERSEND_API_KEY=${token}`, secret: token },
    { text: `  apiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const mailerSend = new MailerSend({ apiKey: '${token}' });`, secret: token, file: 'src/mail.ts' },
  ],
  ignores: [
    { text: `MAILERSEND_API_KEY=mlsn.${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `MAILERSEND_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `MAILERSEND_API_KEY=\${MAILERSEND_API_KEY}`, why: 'reference' },
  ],
});
