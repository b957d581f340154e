import rule from '../../../../src/core/secrets/rules/travis-ci-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('travis-ci-api-token');
const token = t.alnum(22);

describeSecretRule(rule, {
  matches: [
    { text: `TRAVIS_API_TOKEN=${token}`, secret: token },
    { text: `travis_token: "${token}"`, secret: token, file: 'release.yaml' },
  ],
  ignores: [
    { text: `TRAVIS_BRANCH=${t.alnum(22)}`, why: 'a branch name variable' },
    { text: `TRAVIS_API_TOKEN=${'x'.repeat(22)}`, why: 'placeholder' },
  ],
});
