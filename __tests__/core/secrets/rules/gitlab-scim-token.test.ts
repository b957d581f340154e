import rule from '../../../../src/core/secrets/rules/gitlab-scim-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['glsoat-', fake(BASE64URL, 20, 'glsoat')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_SCIM_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glsoat-${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `TOKEN=glsoat-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
