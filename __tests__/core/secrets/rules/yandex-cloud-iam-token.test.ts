import rule from '../../../../src/core/secrets/rules/yandex-cloud-iam-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('yandex-cloud-iam-token');
const token = ['t1', t.base64url(120), t.base64url(86)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `YC_TOKEN=${token}`, secret: token },
    { text: `  token: "${token}"`, secret: token, file: 'terraform.yaml' },
  ],
  ignores: [
    { text: 'instance_type = "t1.micro"', why: 'an instance type' },
    { text: `YC_TOKEN=t1.${'x'.repeat(120)}.${'x'.repeat(86)}`, why: 'placeholder' },
  ],
});
