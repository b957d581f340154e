import rule from '../../../../src/core/secrets/rules/airtable-personal-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('airtable-personal-access-token');
const token = [`pat${t.alnum(14)}`, t.hex(64)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `AIRTABLE_API_KEY=${token}`, secret: token },
    { text: `const base = new Airtable({ apiKey: '${token}' }).base('app123');`, secret: token, file: 'airtable.js' },
  ],
  ignores: [
    { text: `AIRTABLE_API_KEY=pat${'x'.repeat(14)}.${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `path = "${t.alnum(14)}.${t.hex(64)}"`, why: 'no pat prefix' },
    { text: `AIRTABLE_API_KEY=pat${t.alnum(14)}.${t.hex(40)}`, why: 'too short' },
  ],
});
