import rule from '../../../../src/core/secrets/rules/heroku-api-key-legacy';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const secret = fakeUuid('heroku');

describeSecretRule(rule, {
  matches: [
    { text: `HEROKU_API_KEY=${secret}`, secret },
    { text: `  herokuApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `heroku_token = "${secret}"`, secret, file: 'deploy.py' },
  ],
  ignores: [
    { text: `HEROKU_API_KEY=00000000-0000-0000-0000-000000000000`, why: 'placeholder' },
    { text: `HEROKU_API_KEY=\${HEROKU_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
    { text: `HEROKU_APP_ID=${fakeUuid('app')}`, why: 'application ID, not a key' },
  ],
});
