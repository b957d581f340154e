import rule from '../../../../src/core/secrets/rules/adyen-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { ALNUM, BASE64, fake } from '../../../helpers/fake-secret';

const token = ['AQE', fake(BASE64, 95, 'adyen'), '==', '-', fake(BASE64, 43, 'adyen-2'), '='].join('');
const full = [token, '-', fake(ALNUM, 16, 'adyen-3')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ADYEN_API_KEY=${token}`, secret: token },
    { text: `  adyenApiKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `config.apiKey = '${full}';`, secret: token, file: 'src/checkout.ts' },
  ],
  ignores: [
    { text: `ADYEN_API_KEY=AQE${'x'.repeat(60)}==-${'x'.repeat(43)}=`, why: 'placeholder' },
    { text: `ADYEN_API_KEY=\${ADYEN_API_KEY}`, why: 'reference' },
    { text: `ADYEN_API_KEY=AQE${fake(BASE64, 95, 'adyen')}`, why: 'missing the second block' },
  ],
});
