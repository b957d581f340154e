import rule from '../../../../src/core/secrets/rules/private-key-pkcs8';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { base64Of, seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-pkcs8');
const header = ['-----BEGIN', 'PRIVATE KEY-----'].join(' ');
const body = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${t.base64(32)}`;
/** A fixture's "key": base64 of a note, in PEM lines of 40 characters. */
const note = base64Of('To whoever scans this repository: this block is a fixture for the multi-line masking test, not a key.')
  .match(/.{1,40}/g)!
  .join('\n');

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'certs/tls.key' },
    { text: `  "private_key": "${header}\\n${body}\\n",`, secret: `${header}\\n${body}`, file: 'gcp-sa.json' },
    { text: `    ${header}`, secret: header, file: 'secret.yaml' },
    { text: `${header}\n${body}\n${t.base64(64)}\n-----END PRIVATE KEY-----\n`, secret: header, file: 'certs/tls.key' },
  ],
  ignores: [
    { text: `  "private_key": "${header}\\n...\\n-----END PRIVATE KEY-----\\n",`, why: 'placeholder body', file: 'sa.example.json' },
    { text: `const PKCS8_HEADER = '${header}';`, why: 'the header as a constant', file: 'pem.ts' },
    {
      text: `MULTILINE="$(cat << EOF\n${header}\n${note}\n-----END PRIVATE KEY-----\nEOF\n)"\n`,
      why: 'a body that decodes to a sentence',
      file: 'tests/check.sh',
    },
    { text: ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '), why: 'an RSA (PKCS#1) header belongs to its own rule' },
  ],
});
