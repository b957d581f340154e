import rule from '../../../../src/core/secrets/rules/private-key-pkcs8';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-pkcs8');
const header = ['-----BEGIN', 'PRIVATE KEY-----'].join(' ');
const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${t.base64(32)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'certs/tls.key' },
    { text: `  "private_key": "${header}\\n${body}\\n",`, secret: `${header}\\n${body}`, file: 'gcp-sa.json' },
    { text: `    ${header}`, secret: header, file: 'secret.yaml' },
  ],
  ignores: [
    { text: `  "private_key": "${header}\\n...\\n-----END PRIVATE KEY-----\\n",`, why: 'placeholder body', file: 'sa.example.json' },
    { text: `const PKCS8_HEADER = '${header}';`, why: 'the header as a constant', file: 'pem.ts' },
    { text: ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '), why: 'an RSA (PKCS#1) header belongs to its own rule' },
  ],
});
