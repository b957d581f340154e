import rule from '../../../../src/core/secrets/rules/intercom-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const token = Buffer.from(`tok:${fakeUuid('intercom')}:1:0`).toString('base64');

describeSecretRule(rule, {
  matches: [
    { text: `INTERCOM_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  intercomToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `curl -H "Authorization: Bearer ${token}" https://api.intercom.io/me`, secret: token, file: 'me.sh' },
  ],
  ignores: [
    { text: `INTERCOM_ACCESS_TOKEN=dG9rOj${'x'.repeat(60)}`, why: 'placeholder' },
    { text: `INTERCOM_ACCESS_TOKEN=\${INTERCOM_ACCESS_TOKEN}`, why: 'reference' },
  ],
});
