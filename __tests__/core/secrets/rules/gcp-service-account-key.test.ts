import rule from '../../../../src/core/secrets/rules/gcp-service-account-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { BASE64, fake } from '../../../helpers/fake-secret';

const body = [fake(BASE64, 64, 'l1'), fake(BASE64, 64, 'l2'), fake(BASE64, 64, 'l3')].join('\\n');
const key = ['-----BEGIN PRIVATE KEY-----', body].join('\\n');
const line = `"private_key": "${key}\\n-----END PRIVATE KEY-----\\n",`;

describeSecretRule(rule, {
  matches: [
    { text: `  ${line}`, secret: key, file: 'sa-key.json' },
    {
      text: `{"type": "service_account", "project_id": "shop-prod", ${line} "client_email": "x@shop-prod.iam.gserviceaccount.com"}`,
      secret: key,
      file: 'gcp.json',
    },
    { text: `private_key = "${key}"`, secret: key, file: 'terraform.tfvars' },
  ],
  ignores: [
    { text: `  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",`, file: 'sa-key.json', why: 'elided placeholder' },
    {
      text: `  "private_key": "-----BEGIN PRIVATE KEY-----\\n${'A'.repeat(64)}\\n-----END PRIVATE KEY-----\\n",`,
      file: 'sa-key.json',
      why: 'placeholder body',
    },
    { text: `  "private_key": "\${PRIVATE_KEY}",`, file: 'sa-key.json', why: 'reference' },
  ],
});
