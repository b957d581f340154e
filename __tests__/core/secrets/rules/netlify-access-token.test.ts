import rule from '../../../../src/core/secrets/rules/netlify-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('netlify-access-token');
const token = ['nfp_', t.alnum(36)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NETLIFY_AUTH_TOKEN=${token}`, secret: token },
    { text: `          NETLIFY_AUTH_TOKEN: ${token}`, secret: token, file: '.github/workflows/site.yml' },
    { text: `netlify deploy --prod --auth ${token}`, secret: token, file: 'deploy.sh' },
  ],
  ignores: [
    { text: `NETLIFY_AUTH_TOKEN=nfp_${'x'.repeat(36)}`, why: 'placeholder' },
    { text: `NETLIFY_AUTH_TOKEN=nfp_${t.alnum(20)}`, why: 'too short' },
  ],
});
