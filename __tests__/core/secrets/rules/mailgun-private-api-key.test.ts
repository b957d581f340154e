import rule from '../../../../src/core/secrets/rules/mailgun-private-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const secret = [fake(HEX, 32, 'mg1'), '-', fake(HEX, 8, 'mg2'), '-', fake(HEX, 8, 'mg3')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MAILGUN_API_KEY=${secret}`, secret },
    { text: `  mailgunKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `mailgun_key = "${secret}"`, secret, file: 'mail.py' },
  ],
  ignores: [
    { text: `MAILGUN_API_KEY=${'0'.repeat(32)}-00000000-00000000`, why: 'placeholder' },
    { text: `MAILGUN_API_KEY=\${MAILGUN_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
