import rule from '../../../../src/core/secrets/rules/gcp-oauth-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const secret = ['GOCSPX-', fake(BASE64URL, 28, 'gocspx')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GOOGLE_CLIENT_SECRET=${secret}`, secret },
    { text: `{"web": {"client_id": "123.apps.googleusercontent.com", "client_secret": "${secret}"}}`, secret, file: 'client_secret.json' },
    { text: `    clientSecret: ${secret}`, secret, file: 'auth.yaml' },
  ],
  ignores: [
    { text: `GOOGLE_CLIENT_SECRET=GOCSPX-${'x'.repeat(28)}`, why: 'placeholder' },
    { text: `GOOGLE_CLIENT_SECRET=${secret.slice(0, -3)}`, why: 'too short' },
    { text: `GOOGLE_CLIENT_SECRET=${secret}abc`, why: 'too long' },
  ],
});
