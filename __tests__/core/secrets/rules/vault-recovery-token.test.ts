import rule from '../../../../src/core/secrets/rules/vault-recovery-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('vault-recovery-token');
const token = ['hvr', t.base64url(90)].join('.');

describeSecretRule(rule, {
  matches: [
    { text: `VAULT_TOKEN=${token}`, secret: token },
    { text: `  recovery_token: ${token}`, secret: token, file: 'break-glass.yaml' },
    { text: `export VAULT_TOKEN='${token}'`, secret: token, file: 'recover.sh' },
  ],
  ignores: [
    { text: `VAULT_TOKEN=hvr.${'x'.repeat(40)}`, why: 'placeholder' },
    { text: 'VAULT_TOKEN=hvr.short', why: 'too short' },
  ],
});
