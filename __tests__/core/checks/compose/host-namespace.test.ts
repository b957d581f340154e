import check from '../../../../src/core/checks/compose/host-namespace';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'defaults', code: 'services:\n  web:\n    image: nginx:1.27\n' },
    {
      name: "sharing another service's namespace",
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:vpn"\n    pid: "service:vpn"\n',
    },
  ],
  invalid: [
    {
      name: 'network, pid, ipc, uts and userns',
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n    pid: host\n    ipc: host\n    uts: host\n    userns_mode: host\n',
      errors: [
        { line: 4, messageId: 'hostNamespace', message: 'service "web" shares the host network namespace (network_mode: host)' },
        { line: 5, messageId: 'hostNamespace', message: 'PID' },
        { line: 6, messageId: 'hostNamespace', message: 'IPC' },
        { line: 7, messageId: 'hostNamespace', message: 'UTS' },
        { line: 8, messageId: 'hostNamespace', message: 'userns_mode' },
      ],
    },
  ],
});
