import rule from '../../../../src/core/secrets/rules/private-key-openssh';
import { describeSecretRule } from '../../../helpers/secret-rule-cases';
import { seededToken } from '../../../helpers/fake-secret';

const t = seededToken('private-key-openssh');
const header = ['-----BEGIN', 'OPENSSH PRIVATE KEY-----'].join(' ');
const body = `b3BlbnNzaC1rZXktdjEAAAAA${t.base64(46)}`;

describeSecretRule(rule, {
  matches: [
    { text: header, secret: header, file: '.ssh/id_ed25519' },
    { text: `          ${header}`, secret: header, file: '.github/workflows/deploy.yml' },
    { text: `SSH_PRIVATE_KEY="${header}\\n${body}\\n"`, secret: `${header}\\n${body}`, file: '.env' },
    { text: `${header}\n${body}\n${t.base64(70)}\n-----END OPENSSH PRIVATE KEY-----\n`, secret: header, file: '.ssh/id_ed25519' },
  ],
  ignores: [
    { text: `SSH_PRIVATE_KEY="${header}\\n...\\n-----END OPENSSH PRIVATE KEY-----"`, why: 'placeholder body' },
    { text: `  if line == "${header}":`, why: 'the header quoted in code', file: 'keys.py' },
    {
      text: `    # deploy-key:\n    #   sshPrivateKey: |\n    #     ${header}\n    #     ...\n    #     -----END OPENSSH PRIVATE KEY-----\n`,
      why: 'a commented example whose body is "..."',
      file: 'values.yaml',
    },
  ],
});
