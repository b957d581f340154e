import rule from '../../../../src/core/secrets/rules/putty-private-key';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';

const header = (algorithm: string) => ['PuTTY-User-Key-File-3', algorithm].join(': ');

describeSecretRule(rule, {
  matches: [
    { text: header('ssh-ed25519'), secret: header('ssh-ed25519'), file: 'deploy.ppk' },
    { text: ['PuTTY-User-Key-File-2', 'ssh-rsa'].join(': '), secret: ['PuTTY-User-Key-File-2', 'ssh-rsa'].join(': '), file: 'old.ppk' },
    { text: `PPK="${header('ecdsa-sha2-nistp256')}\\nEncryption: none\\nComment: ci"`, secret: header('ecdsa-sha2-nistp256'), file: '.env' },
  ],
  ignores: [
    { text: "if (text.startsWith('PuTTY-User-Key-File-')) return 'ppk';", why: 'the marker quoted in code', file: 'detect.ts' },
    { text: 'PuTTY-User-Key-File-3: <algorithm>', why: 'documentation placeholder', file: 'README.md' },
  ],
});
