import rule from '../../../../src/core/secrets/rules/alibaba-access-key-secret';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('alibaba-access-key-secret');
const secret = t.alnum(30);

describeSecretRule(rule, {
  matches: [
    { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${secret}`, secret },
    { text: `const client = new OSS({ accessKeySecret: '${secret}', bucket: 'assets' });`, secret, file: 'upload.js' },
  ],
  ignores: [
    { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${t.hex(30)}`, why: 'hex only, a digest rather than a secret' },
    { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${'x'.repeat(30)}`, why: 'placeholder' },
    { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${t.alnum(24)}`, why: 'wrong length' },
  ],
});
