import rule from '../../../../src/core/secrets/rules/atlassian-api-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64URL, HEX_UPPER, fake } from '../../../helpers/fake-secret';

const token = ['ATATT3xFfGF0', fake(BASE64URL, 171, 'atatt'), '=', fake(HEX_UPPER, 8, 'atatt-crc')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `JIRA_API_TOKEN=${token}`, secret: token },
    { text: `  confluence_token: "${token}"`, secret: token, file: 'values.yaml' },
    { text: `auth = ("ops@acme.io", "${token}")`, secret: token, file: 'jira_sync.py' },
  ],
  ignores: [
    { text: `JIRA_API_TOKEN=ATATT3xFfGF0${'x'.repeat(180)}`, why: 'placeholder' },
    { text: `JIRA_API_TOKEN=ATATT3xFfGF0<token>`, why: 'placeholder' },
  ],
});
