import rule from '../../../../src/core/secrets/rules/private-key-ec';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-ec');
const header = ['-----BEGIN', 'EC PRIVATE KEY-----'].join(' ');
const body = `MHcCAQEE${t.base64(56)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'tls/server.key' },
    { text: `TLS_KEY="${header}\\n${body}\\n-----END EC PRIVATE KEY-----"`, secret: `${header}\\n${body}`, file: '.env' },
    { text: `    ${header}`, secret: header, file: 'secret.yaml' },
  ],
  ignores: [
    { text: `TLS_KEY="${header}\\n<your key here>\\n-----END EC PRIVATE KEY-----"`, why: 'placeholder body' },
    { text: `grep -l "${header}" *.pem`, why: 'the header quoted in a command' },
  ],
});
