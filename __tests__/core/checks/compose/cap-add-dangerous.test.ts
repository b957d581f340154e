import check from '../../../../src/core/checks/compose/cap-add-dangerous';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'harmless capability', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [NET_BIND_SERVICE]\n' },
    {
      name: 'allowed by option',
      code: 'services:\n  vpn:\n    image: wg:1\n    cap_add: [NET_ADMIN]\n',
      config: { checks: { 'compose/cap-add-dangerous': { options: { allowed: ['CAP_NET_ADMIN'] } } } },
    },
    { name: 'odd value types', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: SYS_ADMIN\n' },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN and CAP_SYS_PTRACE, each on its own line',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add:\n      - CHOWN\n      - SYS_ADMIN\n      - cap_sys_ptrace\n',
      errors: [
        { line: 6, messageId: 'dangerous', message: 'service "web" adds capability SYS_ADMIN' },
        { line: 7, messageId: 'dangerous', message: 'SYS_PTRACE' },
      ],
    },
    { name: 'ALL', code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [ALL]\n', errors: [{ line: 4, messageId: 'dangerous', message: 'ALL' }] },
    {
      name: 'prod override adds NET_ADMIN: the finding points at the override',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [NET_BIND_SERVICE]\n',
        'stacks/prod/docker-compose.yml': 'services:\n  web:\n    cap_add:\n      - NET_ADMIN\n',
      },
      errors: [{ file: 'stacks/prod/docker-compose.yml', line: 4, messageId: 'dangerous' }],
    },
  ],
});
