import rule from '../../../../src/core/secrets/rules/plaid-processor-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { fakeUuid } from '../../../helpers/fake-secret';

const token = ['processor-production-', fakeUuid('plaid-processor')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `PLAID_PROCESSOR_TOKEN=${token}`, secret: token },
    { text: `  processorToken: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `PLAID_PROCESSOR_TOKEN=processor-production-00000000-0000-0000-0000-000000000000`, why: 'placeholder' },
    { text: `PLAID_PROCESSOR_TOKEN=${token.slice(0, -3)}`, why: 'too short' },
    { text: `PLAID_PROCESSOR_TOKEN=\${PLAID_PROCESSOR_TOKEN}`, why: 'reference' },
  ],
});
