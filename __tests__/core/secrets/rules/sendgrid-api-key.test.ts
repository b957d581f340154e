import rule from '../../../../src/core/secrets/rules/sendgrid-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['SG.', fake(BASE64URL, 22, 'sg1'), '.', fake(BASE64URL, 43, 'sg2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SENDGRID_API_KEY=${token}`, secret: token },
    { text: `  sendgridApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `sgMail.setApiKey('${token}');`, secret: token, file: 'src/mail.ts' },
  ],
  ignores: [
    { text: `SENDGRID_API_KEY=SG.${'x'.repeat(22)}.${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `SENDGRID_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `SENDGRID_API_KEY=\${SENDGRID_API_KEY}`, why: 'reference' },
  ],
});
