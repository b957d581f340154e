import rule from '../../../../src/core/secrets/rules/browserstack-access-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('browserstack-access-key');
const key = t.alnum(20);

describeSecretRule(rule, {
  matches: [
    { text: `BROWSERSTACK_ACCESS_KEY=${key}`, secret: key },
    { text: `  browserstackKey: "${key}"`, secret: key, file: 'browserstack.yml' },
  ],
  ignores: [
    { text: `BROWSERSTACK_USERNAME=${t.alnum(20)}`, why: 'the user name' },
    { text: `BROWSERSTACK_ACCESS_KEY=${'x'.repeat(20)}`, why: 'placeholder' },
  ],
});
