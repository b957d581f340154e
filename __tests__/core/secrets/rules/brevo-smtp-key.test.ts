import rule from '../../../../src/core/secrets/rules/brevo-smtp-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, HEX, fake } from '../../../helpers/fake-secret';

const token = ['xsmtpsib-', fake(HEX, 64, 'brevo-smtp'), '-', fake(ALNUM, 16, 'brevo-smtp-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SMTP_PASSWORD=${token}`, secret: token },
    { text: `  password: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `smtp.login("ops@acme.io", "${token}")`, secret: token, file: 'mail.py' },
  ],
  ignores: [
    { text: `SMTP_PASSWORD=xsmtpsib-${'x'.repeat(64)}-${'x'.repeat(16)}`, why: 'placeholder' },
    { text: `SMTP_PASSWORD=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SMTP_PASSWORD=\${SMTP_PASSWORD}`, why: 'reference' },
  ],
});
