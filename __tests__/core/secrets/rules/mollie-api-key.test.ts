import rule from '../../../../src/core/secrets/rules/mollie-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, fake } from '../../../helpers/fake-secret';

const secret = ['live_', fake(ALNUM, 30, 'mollie')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `MOLLIE_API_KEY=${secret}`, secret },
    { text: `  mollieApiKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `$mollieKey = '${secret}';`, secret, file: 'pay.php' },
  ],
  ignores: [
    { text: `MOLLIE_API_KEY=live_${'x'.repeat(30)}`, why: 'placeholder' },
    { text: `MOLLIE_API_KEY=\${MOLLIE_API_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
