import rule from '../../../../src/core/secrets/rules/alibaba-access-key-id';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('alibaba-access-key-id');
const id = ['LTAI', t.alnum(20)].join('');

describeSecretRule(rule, {
  matches: [
    { text: `ALIBABA_CLOUD_ACCESS_KEY_ID=${id}`, secret: id },
    { text: `  access_key_id: ${id}`, secret: id, file: 'oss.yaml' },
    { text: `client = AcsClient("${id}", secret, "cn-hangzhou")`, secret: id, file: 'ecs.py' },
  ],
  ignores: [
    { text: `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${'x'.repeat(20)}`, why: 'placeholder' },
    { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI1234', why: 'too short' },
  ],
});
