import rule from '../../../../src/core/secrets/rules/flutterwave-encryption-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['FLWSECK', fake(HEX, 12, 'flw-enc')].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FLW_ENCRYPTION_KEY=${token}`, secret: token },
    { text: `  encryptionKey: "${token}"`, secret: token, file: 'config.yaml' },
  ],
  ignores: [
    { text: `FLW_ENCRYPTION_KEY=FLWSECK${'0'.repeat(12)}`, why: 'placeholder' },
    { text: `FLW_ENCRYPTION_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `FLW_ENCRYPTION_KEY=\${FLW_ENCRYPTION_KEY}`, why: 'reference' },
    { text: `FLW_ENCRYPTION_KEY=FLWSECK_TEST${fake(HEX, 12, 'flw-enc')}`, why: 'test-mode key' },
    { text: `FLW_SECRET_KEY=FLWSECK-${fake(HEX, 32, 'flw')}-X`, why: 'secret key, other rule' },
  ],
});
