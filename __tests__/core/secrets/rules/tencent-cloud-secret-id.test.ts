import rule from '../../../../src/core/secrets/rules/tencent-cloud-secret-id';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('tencent-cloud-secret-id');
const id = ['AKID', t.alnum(32)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `TENCENTCLOUD_SECRET_ID=${id}`, secret: id },
    { text: `cred = credential.Credential("${id}", secret_key)`, secret: id, file: 'cvm.py' },
  ],
  ignores: [
    { text: `TENCENTCLOUD_SECRET_ID=AKID${'x'.repeat(32)}`, why: 'placeholder' },
    { text: `TENCENTCLOUD_SECRET_ID=AKID${t.alnum(16)}`, why: 'too short' },
  ],
});
