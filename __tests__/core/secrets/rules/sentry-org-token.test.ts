import rule from '../../../../src/core/secrets/rules/sentry-org-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const token = [
  'sntrys_',
  Buffer.from(JSON.stringify({ iat: 1718000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).toString('base64'),
  '_',
  fake(BASE64, 43, 'sntrys'),
].join('');
const notJson = ['sntrys_eyJ', fake(BASE64, 80, 'junk'), '_', fake(BASE64, 43, 'sntrys')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SENTRY_AUTH_TOKEN=${token}`, secret: token },
    { text: `  authToken: "${token}"`, secret: token, file: 'values.yaml' },
    { text: `sentry-cli --auth-token ${token} releases new 1.2.3`, secret: token, file: 'release.sh' },
  ],
  ignores: [
    { text: `SENTRY_AUTH_TOKEN=sntrys_eyJ${'x'.repeat(80)}_${'x'.repeat(43)}`, why: 'placeholder' },
    { text: `SENTRY_AUTH_TOKEN=\${SENTRY_AUTH_TOKEN}`, why: 'reference' },
    { text: `SENTRY_AUTH_TOKEN=${notJson}`, why: 'payload is not Sentry claims JSON' },
  ],
});
