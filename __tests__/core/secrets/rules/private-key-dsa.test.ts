import rule from '../../../../src/core/secrets/rules/private-key-dsa';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-dsa');
const header = ['-----BEGIN', 'DSA PRIVATE KEY-----'].join(' ');
const body = `MIIBuwIBAAKBgQ${t.base64(50)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: 'ssh_host_dsa_key' },
    { text: `HOST_KEY="${header}\\n${body}\\n"`, secret: `${header}\\n${body}`, file: '.env' },
  ],
  ignores: [
    { text: `HOST_KEY="${header}\\n[redacted]\\n"`, why: 'placeholder body' },
    { text: `case "${header}":`, why: 'the header quoted in code', file: 'parse.go' },
  ],
});
