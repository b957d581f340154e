import rule from '../../../../src/core/secrets/rules/plivo-auth-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 40, 'plivo');

describeSecretRule(rule, {
  matches: [
    { text: `PLIVO_AUTH_TOKEN=${secret}`, secret },
    { text: `  plivoAuthToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `plivo_token = "${secret}"`, secret, file: 'sms.py' },
  ],
  ignores: [
    { text: `PLIVO_AUTH_TOKEN=${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `PLIVO_AUTH_TOKEN=\${PLIVO_AUTH_TOKEN}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
