import rule from '../../../../src/core/secrets/rules/circleci-personal-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('circleci-personal-api-token');
const token = ['CCIPAT', t.alnum(22), t.hex(40)].join('_');

describeSecretRule(rule, {
  matches: [
    { text: `CIRCLECI_TOKEN=${token}`, secret: token },
    { text: `curl -H "Circle-Token: ${token}" https://circleci.com/api/v2/me`, secret: token, file: 'ci.sh' },
  ],
  ignores: [
    { text: `CIRCLECI_TOKEN=CCIPAT_${'x'.repeat(22)}_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `CIRCLECI_TOKEN=CCIPAT_${t.alnum(22)}`, why: 'missing the hex part' },
  ],
});
