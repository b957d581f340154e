import rule from '../../../../src/core/secrets/rules/heroku-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['HRKU-AA', fake(BASE64URL, 58, 'heroku')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `HEROKU_API_KEY=${token}`, secret: token },
    { text: `  herokuApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `machine api.heroku.com login ops@acme.io password ${token}`, secret: token, file: '.netrc' },
  ],
  ignores: [
    { text: `HEROKU_API_KEY=HRKU-${'x'.repeat(60)}`, why: 'placeholder' },
    { text: `HEROKU_API_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `HEROKU_API_KEY=\${HEROKU_API_KEY}`, why: 'reference' },
  ],
});
