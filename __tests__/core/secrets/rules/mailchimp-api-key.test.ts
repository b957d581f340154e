import rule from '../../../../src/core/secrets/rules/mailchimp-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = [fake(HEX, 32, 'mailchimp'), '-us21'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MAILCHIMP_API_KEY=${token}`, secret: token },
    { text: `  mailchimpApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `mailchimp.setConfig({ apiKey: '${token}', server: 'us21' });`, secret: token, file: 'src/news.ts' },
  ],
  ignores: [
    { text: `MAILCHIMP_API_KEY=${'0'.repeat(32)}-us21`, why: 'placeholder' },
    { text: `MAILCHIMP_API_KEY=\${MAILCHIMP_API_KEY}`, why: 'reference' },
    { text: `MAILCHIMP_API_KEY=${fake(HEX, 31, 'short')}-us21`, why: 'too short' },
  ],
});
