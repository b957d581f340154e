import rule from '../../../../src/core/secrets/rules/digitalocean-refresh-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('digitalocean-refresh-token');
const token = ['dor_v1_', t.hex(64)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `DO_REFRESH_TOKEN=${token}`, secret: token },
    { text: `{"refresh_token": "${token}", "expires_in": 2592000}`, secret: token, file: 'oauth-response.json' },
  ],
  ignores: [
    { text: `DO_REFRESH_TOKEN=dor_v1_${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `DO_REFRESH_TOKEN=dor_v1_${t.hex(64)}0`, why: 'longer than the format' },
  ],
});
