import rule from '../../../../src/core/secrets/rules/typeform-personal-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('typeform-personal-access-token');
const token = ['tfp_', t.alnum(44), '_', t.alnum(14)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TYPEFORM_TOKEN=${token}`, secret: token },
    { text: `const typeform = createClient({ token: '${token}' });`, secret: token, file: 'forms.ts' },
  ],
  ignores: [
    { text: `TYPEFORM_TOKEN=tfp_${'x'.repeat(59)}`, why: 'placeholder' },
    { text: `TYPEFORM_TOKEN=tfp_${t.alnum(30)}`, why: 'too short' },
  ],
});
