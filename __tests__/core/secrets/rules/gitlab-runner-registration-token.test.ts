import rule from '../../../../src/core/secrets/rules/gitlab-runner-registration-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['GR1348941', fake(BASE64URL, 20, 'gr')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_RUNNER_REGISTRATION_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=GR1348941${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `TOKEN=GR1348941${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
