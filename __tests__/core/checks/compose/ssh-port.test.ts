import check from '../../../../src/core/checks/compose/ssh-port';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'http ports', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80", "127.0.0.1:8443:443"]\n    expose: ["9090"]\n' },
    { name: 'host port 2222 to a non-SSH port', code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["2222:8080", "220:80"]\n' },
  ],
  invalid: [
    {
      name: 'gitea publishing SSH',
      code: 'services:\n  gitea:\n    image: gitea/gitea:1.22\n    ports:\n      - "3000:3000"\n      - "2222:22"\n',
      errors: [{ line: 6, messageId: 'published', message: 'service "gitea" publishes container port 22 (SSH) as "2222:22"' }],
    },
    {
      name: 'long syntax, a range, and expose',
      code: [
        'services:',
        '  box:',
        '    image: linuxserver/openssh-server:9.7',
        '    ports:',
        '      - target: 22',
        '        published: 2022',
        '      - "20-25:20-25"',
        '    expose:',
        '      - 22',
        '',
      ].join('\n'),
      errors: [
        { line: 5, messageId: 'published', message: 'as "2022:22"' },
        { line: 7, messageId: 'published', message: 'as "20-25:20-25"' },
        { line: 9, messageId: 'exposed', message: 'service "box" exposes container port 22 (SSH)' },
      ],
    },
  ],
});
