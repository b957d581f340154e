import rule from '../../../../src/core/secrets/rules/gitlab-feed-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, fake } from '../../../helpers/fake-secret';

const token = ['glft-', fake(BASE64URL, 20, 'glft')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITLAB_FEED_TOKEN=${token}`, secret: token },
    { text: `    token: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
    { text: `curl --header "PRIVATE-TOKEN: ${token}" https://gitlab.example.com/api/v4/projects`, secret: token, file: 'scripts/release.sh' },
  ],
  ignores: [
    { text: `TOKEN=glft-${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `TOKEN=glft-${'ab12'.repeat(3)}`, why: 'too short' },
    { text: `TOKEN=\${TOKEN}`, why: 'reference' },
  ],
});
