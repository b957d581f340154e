import rule from '../../../../src/core/secrets/rules/gitlab-incoming-mail-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['glimt-', fake(BASE64URL, 25, 'glimt')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_INCOMING_MAIL_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glimt-${'x'.repeat(25)}`, why: 'placeholder' },
    { text: `TOKEN=glimt-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
