import rule from '../../../../src/core/secrets/rules/tencent-cloud-secret-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('tencent-cloud-secret-key');
const key = t.alnum(32);

describeSecretRule(rule, {
  matches: [
    { text: `TENCENTCLOUD_SECRET_KEY=${key}`, secret: key },
    { text: `  tencent_secret_key: "${key}"`, secret: key, file: 'cos.yaml' },
  ],
  ignores: [
    { text: `TENCENTCLOUD_SECRET_ID_HASH=${t.alnum(32)}`, why: 'not the secret key name' },
    { text: `TENCENTCLOUD_SECRET_KEY=${'x'.repeat(32)}`, why: 'placeholder' },
  ],
});
