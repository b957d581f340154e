import rule from '../../../../src/core/secrets/rules/linear-oauth-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('linear-oauth-token');
const token = ['lin_oauth_', t.hex(64)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `LINEAR_OAUTH_TOKEN=${token}`, secret: token },
    { text: `{"access_token":"${token}","token_type":"Bearer"}`, secret: token, file: 'token.json' },
  ],
  ignores: [
    { text: `LINEAR_OAUTH_TOKEN=lin_oauth_${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `LINEAR_OAUTH_TOKEN=lin_oauth_${t.hex(16)}`, why: 'too short' },
  ],
});
