import rule from '../../../../src/core/secrets/rules/gcp-oauth-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['ya29.', fake(BASE64URL, 160, 'ya29')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GOOGLE_ACCESS_TOKEN=${token}`, secret: token },
    { text: `curl -H "Authorization: Bearer ${token}" https://www.googleapis.com/drive/v3/files`, secret: token, file: 'debug.sh' },
    { text: `{"access_token": "${token}", "expires_in": 3599}`, secret: token, file: 'token.json' },
  ],
  ignores: [
    { text: `GOOGLE_ACCESS_TOKEN=ya29.${'x'.repeat(80)}`, why: 'placeholder' },
    { text: `GOOGLE_ACCESS_TOKEN=ya29.abc`, why: 'too short' },
    { text: `GOOGLE_ACCESS_TOKEN="ya29...."`, why: 'elided' },
  ],
});
