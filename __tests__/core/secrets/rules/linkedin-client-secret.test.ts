import rule from '../../../../src/core/secrets/rules/linkedin-client-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('linkedin-client-secret');
const secret = ['WPL_AP1', t.alnum(16), `${t.base64(6)}==`].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `LINKEDIN_CLIENT_SECRET=${secret}`, secret },
    { text: `const CLIENT_SECRET = '${secret}';`, secret, file: 'auth/linkedin.js' },
    { text: `    client_secret="${secret}",`, secret, file: 'oauth.py' },
  ],
  ignores: [
    { text: `LINKEDIN_CLIENT_SECRET=WPL_AP1.${'x'.repeat(16)}.xxxxxx==`, why: 'placeholder' },
    { text: `LINKEDIN_CLIENT_SECRET=WPL_AP1.${t.alnum(8)}.abc==`, why: 'too short' },
  ],
});
