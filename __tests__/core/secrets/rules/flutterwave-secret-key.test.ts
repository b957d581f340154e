import rule from '../../../../src/core/secrets/rules/flutterwave-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const token = ['FLWSECK-', fake(HEX, 32, 'flw'), '-X'].join('');

describeSecretRule(rule, {
  matches: [
    { text: `FLW_SECRET_KEY=${token}`, secret: token },
    { text: `  secretKey: "${token}"`, secret: token, file: 'config.yaml' },
    { text: `const flw = new Flutterwave(publicKey, '${token}');`, secret: token, file: 'src/pay.ts' },
  ],
  ignores: [
    { text: `FLW_SECRET_KEY=FLWSECK-${'0'.repeat(32)}-X`, why: 'placeholder' },
    { text: `FLW_SECRET_KEY=${token.slice(0, -3)}`, why: 'too short' },
    { text: `FLW_SECRET_KEY=\${FLW_SECRET_KEY}`, why: 'reference' },
    { text: `FLW_SECRET_KEY=FLWSECK_TEST-${fake(HEX, 32, 'flw-test')}-X`, why: 'test-mode key' },
  ],
});
