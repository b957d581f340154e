import rule from '../../../../src/core/secrets/rules/gitlab-pipeline-trigger-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['glptt-', fake(HEX, 40, 'glptt')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_PIPELINE_TRIGGER_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glptt-${'x'.repeat(40)}`, why: 'placeholder' },
    { text: `TOKEN=glptt-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
