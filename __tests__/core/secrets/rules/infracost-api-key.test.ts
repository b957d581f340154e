import rule from '../../../../src/core/secrets/rules/infracost-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('infracost-api-key');
const key = ['ico', t.alnum(32)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `INFRACOST_API_KEY=${key}`, secret: key },
    { text: `          api-key: ${key}`, secret: key, file: '.github/workflows/infracost.yml' },
  ],
  ignores: [
    { text: `INFRACOST_API_KEY=ico-${'x'.repeat(32)}`, why: 'placeholder' },
    { text: '<link rel="icon" href="/favico-32.png">', why: 'a file name' },
  ],
});
