import rule from '../../../../src/core/secrets/rules/sonarqube-global-analysis-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sonarqube-global-analysis-token');
const token = ['sqa_', t.hex(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SONAR_TOKEN=${token}`, secret: token },
    { text: `        SONAR_TOKEN: "${token}"`, secret: token, file: '.gitlab-ci.yml' },
  ],
  ignores: [
    { text: `SONAR_TOKEN=sqa_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `SONAR_TOKEN=sqa_${t.hex(41)}`, why: 'longer than the format' },
  ],
});
