import rule from '../../../../src/core/secrets/rules/zendesk-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('zendesk-api-token');
const token = t.alnum(40);

describeSecretRule(rule, {
  matches: [
    { text: `ZENDESK_API_TOKEN=${token}`, secret: token },
    { text: `  zendesk_token: "${token}"`, secret: token, file: 'support.yaml' },
  ],
  ignores: [
    { text: `ZENDESK_COMMIT=${t.hex(40)}`, why: 'a hex digest' },
    { text: `ZENDESK_API_TOKEN=${'x'.repeat(40)}`, why: 'placeholder' },
  ],
});
