import rule from '../../../../src/core/secrets/rules/loggly-customer-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('loggly-customer-token');
const token = t.uuid();

describeSecretRule(rule, {
  matches: [
    { text: `LOGGLY_TOKEN=${token}`, secret: token },
    { text: `  url: https://logs-01.loggly.com/inputs/${token}/tag/http/`, secret: token, file: 'fluent-bit.yaml' },
  ],
  ignores: [
    { text: `REQUEST_ID=${token}`, why: 'no mention of Loggly' },
    { text: 'LOGGLY_TOKEN=your-customer-token', why: 'placeholder' },
  ],
});
