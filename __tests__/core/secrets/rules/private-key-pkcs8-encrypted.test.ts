import rule from '../../../../src/core/secrets/rules/private-key-pkcs8-encrypted';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-pkcs8-encrypted');
const header = ['-----BEGIN', 'ENCRYPTED PRIVATE KEY-----'].join(' ');
const body = `MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq${t.base64(32)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'signing/key.pem' },
    { text: `SIGNING_KEY="${header}\\n${body}\\n-----END ENCRYPTED PRIVATE KEY-----"`, secret: `${header}\\n${body}`, file: '.env' },
  ],
  ignores: [
    { text: `SIGNING_KEY="${header}\\n...\\n"`, why: 'placeholder body' },
    { text: `assert pem.startswith(b"${header}")`, why: 'the header quoted in code', file: 'test_keys.py' },
  ],
});
