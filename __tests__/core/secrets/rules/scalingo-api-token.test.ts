import rule from '../../../../src/core/secrets/rules/scalingo-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('scalingo-api-token');
const token = ['tk-us-', t.base64url(48)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SCALINGO_API_TOKEN=${token}`, secret: token },
    { text: `scalingo login --api-token ${token}`, secret: token, file: 'deploy.sh' },
  ],
  ignores: [
    { text: `SCALINGO_API_TOKEN=tk-us-${'x'.repeat(48)}`, why: 'placeholder' },
    { text: `SCALINGO_API_TOKEN=tk-us-${t.base64url(20)}`, why: 'too short' },
  ],
});
