import rule from '../../../../src/core/secrets/rules/vault-service-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('vault-service-token');
const token = ['hvs', t.base64url(95)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `VAULT_TOKEN=${token}`, secret: token },
    { text: `      - VAULT_TOKEN=${token}`, secret: token, file: 'docker-compose.yml' },
    { text: `client.token = "${token}"`, secret: token, file: 'app.py' },
    { text: `curl -H "X-Vault-Token: ${token}" https://vault.internal:8200/v1/secret/data/app`, secret: token, file: 'deploy.sh' },
  ],
  ignores: [
    { text: `VAULT_TOKEN=hvs.${'x'.repeat(95)}`, why: 'placeholder' },
    { text: `VAULT_TOKEN=hvs.${t.base64url(30)}`, why: 'too short for a service token' },
    { text: 'VAULT_TOKEN=hvs.${VAULT_TOKEN}', why: 'reference' },
  ],
});
