import rule from '../../../../src/core/secrets/rules/digitalocean-oauth-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('digitalocean-oauth-token');
const token = ['doo_v1_', t.hex(64)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DO_OAUTH_TOKEN=${token}`, secret: token },
    { text: `{"access_token": "${token}", "token_type": "bearer"}`, secret: token, file: 'oauth-response.json' },
  ],
  ignores: [
    { text: `DO_OAUTH_TOKEN=doo_v1_${'f'.repeat(64)}`, why: 'placeholder' },
    { text: `DO_OAUTH_TOKEN=doo_v1_${t.hex(32)}`, why: 'too short' },
  ],
});
