import rule from '../../../../src/core/secrets/rules/gitlab-agent-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['glagent-', fake(BASE64URL, 50, 'glagent')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_AGENT_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glagent-${'x'.repeat(50)}`, why: 'placeholder' },
    { text: `TOKEN=glagent-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
