import rule from '../../../../src/core/secrets/rules/gcp-service-account-key-id';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { HEX, fake } from '../../../helpers/fake-secret';

const id = fake(HEX, 40, 'gcp-key-id');

describeSecretRule(rule, {
  matches: [
    { text: `  "private_key_id": "${id}",`, secret: id, file: 'service-account.json' },
    { text: `{"type": "service_account", "project_id": "shop-prod", "private_key_id": "${id}"}`, secret: id, file: 'gcp.json' },
  ],
  ignores: [
    { text: `  "private_key_id": "${'0'.repeat(40)}",`, file: 'service-account.json', why: 'placeholder' },
    { text: `  "private_key_id": "${id.slice(2)}",`, file: 'service-account.json', why: 'too short' },
    { text: `  "private_key_id": "<your-key-id>",`, file: 'service-account.json', why: 'placeholder' },
  ],
});
