import rule from '../../../../src/core/secrets/rules/github-fine-grained-pat';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const token = ['github_pat_', fake(ALNUM, 22, 'fg1'), '_', fake(ALNUM, 59, 'fg2')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITHUB_TOKEN=${token}`, secret: token },
    { text: `      - GH_TOKEN=${token}`, secret: token, file: 'docker-compose.yml' },
    { text: `const octokit = new Octokit({ auth: "${token}" });`, secret: token, file: 'src/github.ts' },
  ],
  ignores: [
    { text: `GITHUB_TOKEN=github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`, why: 'placeholder' },
    { text: `GITHUB_TOKEN=${token.slice(0, -5)}`, why: 'too short' },
    { text: `GITHUB_TOKEN=github_pat_<token>`, why: 'placeholder' },
  ],
});
