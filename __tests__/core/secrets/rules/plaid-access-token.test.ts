import rule from '../../../../src/core/secrets/rules/plaid-access-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const token = ['access-production-', fakeUuid('plaid')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PLAID_ACCESS_TOKEN=${token}`, secret: token },
    { text: `  plaidAccessToken: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `client.transactionsSync({ access_token: '${token}' });`, secret: token, file: 'src/bank.ts' },
  ],
  ignores: [
    { text: `PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000`, why: 'placeholder' },
    { text: `PLAID_ACCESS_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `PLAID_ACCESS_TOKEN=\${PLAID_ACCESS_TOKEN}`, why: 'reference' },
    { text: `PLAID_ACCESS_TOKEN=access-sandbox-${fakeUuid('sandbox')}`, why: 'sandbox token' },
  ],
});
