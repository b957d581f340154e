import rule from '../../../../src/core/secrets/rules/plaid-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { LOWER_ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(LOWER_ALNUM, 30, 'plaid-secret');

describeSecretRule(rule, {
  matches: [
    { text: `PLAID_SECRET=${secret}`, secret },
    { text: `  plaidSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `const config = new Configuration({ headers: { 'PLAID-SECRET': '${secret}' } });`, secret, file: 'src/bank.ts' },
  ],
  ignores: [
    { text: `PLAID_SECRET=${'x'.repeat(30)}`, why: 'placeholder' },
    { text: `PLAID_SECRET=\${PLAID_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
