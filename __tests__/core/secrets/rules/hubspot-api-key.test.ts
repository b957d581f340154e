import rule from '../../../../src/core/secrets/rules/hubspot-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('hubspot-api-key');
const key = t.uuid();

describeSecretRule(rule, {
  matches: [
    { text: `HUBSPOT_API_KEY=${key}`, secret: key },
    { text: `requests.get(f"https://api.hubapi.com/contacts/v1/lists?hapikey=${key}")`, secret: key, file: 'sync.py' },
  ],
  ignores: [
    { text: `HUBSPOT_PORTAL_ID=${key}`, why: 'an id, not a key' },
    { text: 'HUBSPOT_API_KEY=00000000-0000-0000-0000', why: 'not a UUID' },
  ],
});
