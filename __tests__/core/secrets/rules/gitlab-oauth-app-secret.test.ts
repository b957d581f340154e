import rule from '../../../../src/core/secrets/rules/gitlab-oauth-app-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['gloas-', fake(BASE64URL, 64, 'gloas')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_OAUTH_APP_SECRET=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=gloas-${'x'.repeat(64)}`, why: 'placeholder' },
    { text: `TOKEN=gloas-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
