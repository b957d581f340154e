import rule from '../../../../src/core/secrets/rules/coinbase-api-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = fake(ALNUM, 32, 'coinbase');

describeSecretRule(rule, {
  matches: [
    { text: `COINBASE_API_SECRET=${secret}`, secret },
    { text: `  coinbaseApiSecret: "${secret}"`, secret, file: 'config.yaml' },
    { text: `coinbase_secret = "${secret}"`, secret, file: 'trade.py' },
  ],
  ignores: [
    { text: `COINBASE_API_SECRET=${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `COINBASE_API_SECRET=\${COINBASE_API_SECRET}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
