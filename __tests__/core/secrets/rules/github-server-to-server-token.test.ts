import rule from '../../../../src/core/secrets/rules/github-server-to-server-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, checksummedToken, fake } from '../../../helpers/fake-secret';

const token = checksummedToken('ghs_', 'github-server-to-server-token');
const badChecksum = ['ghs_', fake(ALNUM, 30, 'github-server-to-server-token'), 'AAAAAA'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITHUB_TOKEN=${token}`, secret: token },
    { text: `        token: "${token}"`, secret: token, file: '.github/workflows/deploy.yml' },
    { text: `curl -H "Authorization: Bearer ${token}" https://api.github.com/user`, secret: token, file: 'scripts/check.sh' },
    { text: `{"access_token": "${token}", "token_type": "bearer"}`, secret: token, file: 'fixtures/oauth.json' },
  ],
  ignores: [
    { text: `GITHUB_TOKEN=${badChecksum}`, why: 'wrong CRC32 tail' },
    { text: `GITHUB_TOKEN=${'${prefix}' + 'x'.repeat(36)}`, why: 'placeholder' },
    { text: `GITHUB_TOKEN=${token}0`, why: 'longer than the format' },
    { text: `GITHUB_TOKEN=\${GITHUB_TOKEN}`, why: 'reference' },
  ],
});
