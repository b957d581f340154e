import rule from '../../../../src/core/secrets/rules/gitlab-deploy-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['gldt-', fake(BASE64URL, 20, 'gldt')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_DEPLOY_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=gldt-${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `TOKEN=gldt-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
