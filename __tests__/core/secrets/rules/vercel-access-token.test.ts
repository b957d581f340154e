import rule from '../../../../src/core/secrets/rules/vercel-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('vercel-access-token');
const token = t.alnum(24);

describeSecretRule(rule, {
  matches: [
    { text: `VERCEL_TOKEN=${token}`, secret: token },
    { text: `      VERCEL_TOKEN: ${token}`, secret: token, file: '.github/workflows/deploy.yml' },
    { text: `  "vercelToken": "${token}"`, secret: token, file: 'deploy.json' },
  ],
  ignores: [
    { text: `VERCEL_ORG_ID=${t.alnum(24)}`, why: 'an id, not a token' },
    { text: 'VERCEL_TOKEN=abcdefghijklmnopqrstuvwx', why: 'letters only' },
    { text: `VERCEL_TOKEN=${t.alnum(30)}`, why: 'wrong length' },
  ],
});
