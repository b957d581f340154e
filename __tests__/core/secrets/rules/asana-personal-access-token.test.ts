import rule from '../../../../src/core/secrets/rules/asana-personal-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('asana-personal-access-token');
const v1 = `1/${t.digits(16)}:${t.hex(32)}`;
const v2 = `2/${t.digits(16)}/${t.digits(16)}:${t.hex(32)}`;

describeSecretRule(rule, {
  matches: [
    { text: `ASANA_ACCESS_TOKEN=${v1}`, secret: v1 },
    { text: `client = asana.Client.access_token("${v2}")`, secret: v2, file: 'tasks.py' },
    { text: `  asana_pat: '${v2}'`, secret: v2, file: 'config.yaml' },
  ],
  ignores: [
    { text: `ACCESS_TOKEN=${v1}`, why: 'no mention of Asana' },
    { text: `ASANA_ACCESS_TOKEN=1/${t.digits(16)}:${'0'.repeat(32)}`, why: 'placeholder' },
  ],
});
