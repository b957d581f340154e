import rule from '../../../../src/core/secrets/rules/bitbucket-app-password';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const password = ['ATBB', fake(ALNUM, 32, 'atbb')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `BITBUCKET_APP_PASSWORD=${password}`, secret: password },
    { text: `git clone https://deploy-bot:${password}@bitbucket.org/acme/shop.git`, secret: password, file: 'scripts/clone.sh' },
    { text: `  password: "${password}"`, secret: password, file: 'bitbucket.yml' },
  ],
  ignores: [
    { text: `BITBUCKET_APP_PASSWORD=ATBB${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `BITBUCKET_APP_PASSWORD=ATBB1234`, why: 'too short' },
  ],
});
