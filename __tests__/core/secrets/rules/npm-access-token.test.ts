import rule from '../../../../src/core/secrets/rules/npm-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, checksummedToken, fake } from '../../../helpers/fake-secret';

const token = checksummedToken('npm_', 'npm');
const badChecksum = ['npm_', fake(ALNUM, 30, 'npm'), 'AAAAAA'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `NPM_TOKEN=${token}`, secret: token },
    { text: `  npmAuthToken: "${token}"`, secret: token, file: '.yarnrc.yml' },
    { text: `//registry.npmjs.org/:_authToken=${token}`, secret: token, file: '.npmrc' },
  ],
  ignores: [
    { text: `NPM_TOKEN=npm_${'x'.repeat(36)}`, why: 'placeholder' },
    { text: `NPM_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `NPM_TOKEN=\${NPM_TOKEN}`, why: 'reference' },
    { text: `NPM_TOKEN=${badChecksum}`, why: 'wrong CRC32 tail' },
  ],
});
