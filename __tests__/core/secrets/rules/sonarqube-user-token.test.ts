import rule from '../../../../src/core/secrets/rules/sonarqube-user-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sonarqube-user-token');
const token = ['squ_', t.hex(40)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SONAR_TOKEN=${token}`, secret: token },
    { text: `mvn sonar:sonar -Dsonar.login=${token}`, secret: token, file: 'Jenkinsfile' },
  ],
  ignores: [
    { text: `SONAR_TOKEN=squ_${'f'.repeat(40)}`, why: 'placeholder' },
    { text: `SONAR_TOKEN=squ_${t.hex(40).toUpperCase()}`, why: 'uppercase hex is not the format' },
  ],
});
