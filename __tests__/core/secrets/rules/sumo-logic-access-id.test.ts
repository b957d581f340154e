import rule from '../../../../src/core/secrets/rules/sumo-logic-access-id';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('sumo-logic-access-id');
const id = ['su', t.alnum(12)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `SUMOLOGIC_ACCESSID=${id}`, secret: id },
    { text: `  sumo_access_id: "${id}"`, secret: id, file: 'collector.yaml' },
  ],
  ignores: [
    { text: `SUMOLOGIC_ACCESSID=su${'x'.repeat(12)}`, why: 'placeholder' },
    { text: 'SUMO_ENDPOINT=summarydashboard', why: 'a word, not an id' },
  ],
});
