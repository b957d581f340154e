import rule from '../../../../src/core/secrets/rules/ibm-cloud-api-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('ibm-cloud-api-key');
const key = t.base64url(44);

describeSecretRule(rule, {
  matches: [
    { text: `IBMCLOUD_API_KEY=${key}`, secret: key },
    { text: `IC_API_KEY: "${key}"`, secret: key, file: 'schematics.yaml' },
  ],
  ignores: [
    { text: `IBMCLOUD_API_KEY=${'x'.repeat(44)}`, why: 'placeholder' },
    { text: `IBMCLOUD_API_KEY=${t.base64url(30)}`, why: 'wrong length' },
  ],
});
