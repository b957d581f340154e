import rule from '../../../../src/core/secrets/rules/brevo-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, HEX, fake } from '../../../helpers/fake-secret';

const token = ['xkeysib-', fake(HEX, 64, 'brevo'), '-', fake(ALNUM, 16, 'brevo-2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BREVO_API_KEY=${token}`, secret: token },
    { text: `  brevoApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `apiInstance.setApiKey(0, '${token}');`, secret: token, file: 'src/mail.ts' },
  ],
  ignores: [
    { text: `BREVO_API_KEY=xkeysib-${'x'.repeat(64)}-${'x'.repeat(16)}`, why: 'placeholder' },
    { text: `BREVO_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `BREVO_API_KEY=\${BREVO_API_KEY}`, why: 'reference' },
  ],
});
