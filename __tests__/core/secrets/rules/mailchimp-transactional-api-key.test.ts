import rule from '../../../../src/core/secrets/rules/mailchimp-transactional-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const secret = ['md-', fake(BASE64URL, 22, 'mandrill')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MANDRILL_API_KEY=${secret}`, secret },
    { text: `  mandrillKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `mailchimp_transactional_key = "${secret}"`, secret, file: 'mail.py' },
  ],
  ignores: [
    { text: `MANDRILL_API_KEY=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `MANDRILL_API_KEY=\${MANDRILL_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
