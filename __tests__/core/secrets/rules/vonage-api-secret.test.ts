import rule from '../../../../src/core/secrets/rules/vonage-api-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 16, 'vonage');

describeSecretRule(rule, {
  matches: [
    { text: `VONAGE_API_SECRET=${secret}`, secret },
    { text: `  vonageApiSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `nexmo_secret = "${secret}"`, secret, file: 'sms.py' },
  ],
  ignores: [
    { text: `VONAGE_API_SECRET=${'x'.repeat(16)}`, why: 'placeholder' },
    { text: `VONAGE_API_SECRET=\${VONAGE_API_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
