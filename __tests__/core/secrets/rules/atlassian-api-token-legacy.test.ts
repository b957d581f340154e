import rule from '../../../../src/core/secrets/rules/atlassian-api-token-legacy';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, HEX, fake } from '../../../helpers/fake-secret';

const token = fake(ALNUM, 24, 'atlassian-legacy');

describeSecretRule(rule, {
  matches: [
    { text: `JIRA_API_TOKEN=${token}`, secret: token },
    { text: `  confluenceToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `{"atlassian_api_token": "${token}"}`, secret: token, file: 'settings.json' },
  ],
  ignores: [
    { text: `JIRA_ACCOUNT_ID=${fake(HEX, 24, 'acct')}`, why: 'account ID (lowercase hex)' },
    { text: `JIRA_API_TOKEN=${'x'.repeat(24)}`, why: 'placeholder' },
    { text: `API_TOKEN=${token}`, why: 'not assigned to an Atlassian name' },
  ],
});
