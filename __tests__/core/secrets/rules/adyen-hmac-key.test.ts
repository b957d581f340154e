import rule from '../../../../src/core/secrets/rules/adyen-hmac-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX_UPPER, fake } from '../../../helpers/fake-secret';

const secret = fake(HEX_UPPER, 64, 'adyen-hmac');

describeSecretRule(rule, {
  matches: [
    { text: `ADYEN_HMAC_KEY=${secret}`, secret },
    { text: `  adyenHmacKey: "${secret}"`, secret, file: 'config.yaml' },
    { text: `adyen_hmac_key = "${secret}"`, secret, file: 'hooks.py' },
  ],
  ignores: [
    { text: `ADYEN_HMAC_KEY=${'0'.repeat(64)}`, why: 'placeholder' },
    { text: `ADYEN_HMAC_KEY=\${ADYEN_HMAC_KEY}`, why: 'reference' },
    { text: `OTHER_API_KEY=${secret}`, why: 'not assigned to a provider name' },
  ],
});
