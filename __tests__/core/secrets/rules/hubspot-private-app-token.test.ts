import rule from '../../../../src/core/secrets/rules/hubspot-private-app-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('hubspot-private-app-token');
const token = ['pat', 'na1', t.uuid()].join('-');
const eu = ['pat', 'eu1', t.uuid()].join('-');

describeSecretRule(rule, {
  matches: [
    { text: `HUBSPOT_ACCESS_TOKEN=${token}`, secret: token },
    { text: `const hubspot = new Client({ accessToken: "${eu}" });`, secret: eu, file: 'crm.ts' },
  ],
  ignores: [
    { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    { text: `HUBSPOT_ACCESS_TOKEN=pat-na1-${t.hex(16)}`, why: 'not a UUID' },
  ],
});
