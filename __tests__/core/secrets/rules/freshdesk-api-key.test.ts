import rule from '../../../../src/core/secrets/rules/freshdesk-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('freshdesk-api-key');
const key = t.alnum(20);

describeSecretRule(rule, {
  matches: [
    { text: `FRESHDESK_API_KEY=${key}`, secret: key },
    { text: `freshdesk_key = "${key}"`, secret: key, file: 'tickets.py' },
  ],
  ignores: [
    { text: 'FRESHDESK_DOMAIN=acmesupportcenterabc', why: 'not a key' },
    { text: `FRESHDESK_API_KEY=${'x'.repeat(20)}`, why: 'placeholder' },
    { text: `FRESHDESK_API_KEY=${t.alnum(32)}`, why: 'wrong length' },
  ],
});
