import rule from '../../../../src/core/secrets/rules/circleci-project-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('circleci-project-api-token');
const token = ['CCIPRJ', t.alnum(22), t.hex(40)].join('_');

describeSecretRule(rule, {
  matches: [
    { text: `CIRCLE_PROJECT_TOKEN=${token}`, secret: token },
    { text: `  circle_token: "${token}"`, secret: token, file: 'trigger.yaml' },
  ],
  ignores: [
    { text: `CIRCLE_PROJECT_TOKEN=CCIPRJ_${'x'.repeat(22)}_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `CIRCLE_PROJECT_TOKEN=CCIPRJ_${t.alnum(22)}_${t.hex(12)}`, why: 'too short' },
  ],
});
