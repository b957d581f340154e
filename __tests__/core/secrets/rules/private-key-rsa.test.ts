import rule from '../../../../src/core/secrets/rules/private-key-rsa';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-rsa');
const header = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');
const body = `MIIEow${t.base64(58)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'deploy/id_rsa' },
    { text: `    ${header}`, secret: header, file: 'values.yaml' },
    {
      text: `  "private_key": "${header}\\n${body}\\n${t.base64(64)}\\n-----END RSA PRIVATE KEY-----\\n"`,
      secret: `${header}\\n${body}`,
      file: 'service.json',
    },
    { text: `${header}\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,${t.hex(32).toUpperCase()}`, secret: header, file: 'legacy.json' },
  ],
  ignores: [
    { text: `PRIVATE_KEY="${header}\\n...\\n-----END RSA PRIVATE KEY-----"`, why: 'placeholder body' },
    { text: `if (pem.startsWith('${header}')) return 'pkcs1';`, why: 'the header quoted in code' },
    { text: `KEY="${header}\\n${'x'.repeat(64)}\\n"`, why: 'repetitive body' },
    {
      text: `  ## tls:\n  ##   key: |-\n  ##     ${header}\n  ##     ...\n  ##     -----END RSA PRIVATE KEY-----\n`,
      why: 'a commented example whose body is "..."',
      file: 'values.yaml',
    },
    { text: `${header}\n${body}\nMIIEpAIBAAKCAQEA…\n-----END RSA PRIVATE KEY-----\n`, why: 'a key cut short in docs', file: 'README.md' },
  ],
});
