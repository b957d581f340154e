import rule from '../../../../src/core/secrets/rules/gitlab-pat';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['glpat-', fake(BASE64URL, 20, 'glpat')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_PAT=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glpat-${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `TOKEN=glpat-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
