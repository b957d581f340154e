import rule from '../../../../src/core/secrets/rules/defined-networking-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('defined-networking-api-key');
const key = ['dnkey', t.upper(26), t.alnum(52)].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `DN_API_KEY=${key}`, secret: key },
    { text: `provider "definednet" { token = "${key}" }`, secret: key, file: 'nebula.tf' },
  ],
  ignores: [
    { text: `DN_API_KEY=dnkey-${'x'.repeat(26)}-${'x'.repeat(52)}`, why: 'placeholder' },
    { text: `DN_API_KEY=dnkey-${t.upper(26)}`, why: 'missing the secret part' },
  ],
});
