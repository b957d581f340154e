import rule from '../../../../src/core/secrets/rules/sonarqube-project-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sonarqube-project-token');
const token = ['sqp_', t.hex(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SONAR_TOKEN=${token}`, secret: token },
    { text: `sonar.token=${token}`, secret: token, file: 'sonar-project.properties' },
  ],
  ignores: [
    { text: `SONAR_TOKEN=sqp_${'0'.repeat(40)}`, why: 'placeholder' },
    { text: `SONAR_TOKEN=sqp_${t.hex(30)}`, why: 'too short' },
  ],
});
