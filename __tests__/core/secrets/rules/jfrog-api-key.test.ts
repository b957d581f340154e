import rule from '../../../../src/core/secrets/rules/jfrog-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('jfrog-api-key');
const key = ['AKCp', t.alnum(69)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ARTIFACTORY_API_KEY=${key}`, secret: key },
    { text: `curl -H "X-JFrog-Art-Api: ${key}" https://acme.jfrog.io/artifactory/api/repositories`, secret: key, file: 'publish.sh' },
  ],
  ignores: [
    { text: `ARTIFACTORY_API_KEY=AKCp${'x'.repeat(69)}`, why: 'placeholder' },
    { text: `ARTIFACTORY_API_KEY=AKCp${t.alnum(30)}`, why: 'too short' },
  ],
});
