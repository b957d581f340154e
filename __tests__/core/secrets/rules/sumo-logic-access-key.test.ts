import rule from '../../../../src/core/secrets/rules/sumo-logic-access-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sumo-logic-access-key');
const key = t.alnum(64);

describeSecretRule(rule, {
  matches: [
    { text: `SUMOLOGIC_ACCESSKEY=${key}`, secret: key },
    { text: `sumologic_access_key = "${key}"`, secret: key, file: 'terraform.tfvars' },
  ],
  ignores: [
    { text: `SUMO_CHECKSUM=${t.hex(64)}`, why: 'a hex digest' },
    { text: `SUMOLOGIC_ACCESSKEY=${'x'.repeat(64)}`, why: 'placeholder' },
  ],
});
