import rule from '../../../../src/core/secrets/rules/postmark-server-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const secret = fakeUuid('postmark');

describeSecretRule(rule, {
  matches: [
    { text: `POSTMARK_SERVER_TOKEN=${secret}`, secret },
    { text: `  postmarkToken: "${secret}"`, secret, file: 'config.yaml' },
    { text: `curl -H "X-Postmark-Server-Token: ${secret}" https://api.postmarkapp.com/email`, secret, file: 'send.sh' },
  ],
  ignores: [
    { text: `POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000`, why: 'placeholder' },
    { text: `POSTMARK_SERVER_TOKEN=\${POSTMARK_SERVER_TOKEN}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST`, why: 'documented test token' },
  ],
});
