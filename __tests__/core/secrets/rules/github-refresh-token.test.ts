import rule from '../../../../src/core/secrets/rules/github-refresh-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, checksummedToken, fake } from '../../../helpers/fake-secret';

const token = checksummedToken('ghr_', 'github-refresh-token');
const long = ['ghr_', fake(ALNUM, 76, 'ghr-long')].join('');
const badChecksum = ['ghr_', fake(ALNUM, 30, 'ghr'), 'AAAAAA'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `GITHUB_REFRESH_TOKEN=${token}`, secret: token },
    { text: `{"access_token": "ghu_...", "refresh_token": "${long}", "expires_in": 28800}`, secret: long, file: 'fixtures/token.json' },
    { text: `  refreshToken: ${long}`, secret: long, file: 'config.yaml' },
  ],
  ignores: [
    { text: `GITHUB_REFRESH_TOKEN=${badChecksum}`, why: 'wrong CRC32 tail' },
    { text: `"refresh_token": "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498"`, why: 'documented example' },
    { text: `GITHUB_REFRESH_TOKEN=ghr_${'x'.repeat(76)}`, why: 'placeholder' },
  ],
});
