import rule from '../../../../src/core/secrets/rules/jfrog-reference-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64Of } from '../../../helpers/fake-secret';

const t = seededToken('jfrog-reference-token');
const token = base64Of(`reftkn:01:1893456000:${t.alnum(27)}`).slice(0, 64);

describeSecretRule(rule, {
  matches: [
    { text: `JFROG_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  password: ${token}`, secret: token, file: '.m2/settings.yaml' },
  ],
  ignores: [
    { text: `JFROG_ACCESS_TOKEN=cmVmdGtu${'A'.repeat(56)}`, why: 'placeholder that does not decode to a reference token' },
    { text: `JFROG_ACCESS_TOKEN=${token.slice(0, 40)}`, why: 'too short' },
  ],
});
