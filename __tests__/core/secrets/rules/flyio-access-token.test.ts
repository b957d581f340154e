import rule from '../../../../src/core/secrets/rules/flyio-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('flyio-access-token');
const token = ['fo1_', t.base64url(43)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FLY_API_TOKEN=${token}`, secret: token },
    { text: `          FLY_API_TOKEN: ${token}`, secret: token, file: '.github/workflows/fly.yml' },
  ],
  ignores: [
    { text: `FLY_API_TOKEN=fo1_${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `FLY_API_TOKEN=fo1_${t.base64url(20)}`, why: 'too short' },
  ],
});
