import rule from '../../../../src/core/secrets/rules/vault-batch-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('vault-batch-token');
const token = ['hvb', t.base64url(160)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `VAULT_TOKEN=${token}`, secret: token },
    { text: `  vault_token: "${token}"`, secret: token, file: 'values.yaml' },
    { text: `{"auth": {"client_token": "${token}"}}`, secret: token, file: 'login.json' },
  ],
  ignores: [
    { text: `VAULT_TOKEN=hvb.${'A'.repeat(150)}`, why: 'placeholder' },
    { text: `VAULT_TOKEN=hvb.${t.base64url(60)}`, why: 'too short for a batch token' },
  ],
});
