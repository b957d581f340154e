import rule from '../../../../src/core/secrets/rules/onepassword-service-account-token';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken, base64Of } from '../../../helpers/fake-secret';

const t = seededToken('onepassword-service-account-token');
const token = `ops_${base64Of(JSON.stringify({ signInAddress: 'acme.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: t.base64url(22) }, email: `${t.lower(12)}@acme.1password.com`, srpX: t.hex(64), muk: { alg: 'A256GCM', ext: true, k: t.base64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' } }))}`;

describeSecretRule(rule, {
  matches: [
    { text: `OP_SERVICE_ACCOUNT_TOKEN=${token}`, secret: token },
    { text: `          OP_SERVICE_ACCOUNT_TOKEN: ${token}`, secret: token, file: '.github/workflows/load-secrets.yml' },
  ],
  ignores: [
    { text: `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${'A'.repeat(300)}`, why: 'does not decode to JSON' },
    { text: `OP_SERVICE_ACCOUNT_TOKEN=ops_${base64Of('{"signInAddress":"x"}')}`, why: 'too short' },
  ],
});
