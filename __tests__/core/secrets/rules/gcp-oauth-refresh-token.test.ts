import rule from '../../../../src/core/secrets/rules/gcp-oauth-refresh-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['1//0', fake(BASE64URL, 99, 'refresh')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GOOGLE_REFRESH_TOKEN=${token}`, secret: token },
    { text: `{"refresh_token": "${token}", "scope": "https://www.googleapis.com/auth/drive"}`, secret: token, file: 'token.json' },
    { text: `  refreshToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `GOOGLE_REFRESH_TOKEN=1//0${'x'.repeat(80)}`, why: 'placeholder' },
    { text: `GOOGLE_REFRESH_TOKEN=1//0abc`, why: 'too short' },
    { text: `ratio = 1//0`, file: 'calc.py', why: 'code, not a token' },
  ],
});
