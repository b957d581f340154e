import check from '../../../../src/core/checks/kubernetes/unsafe-sysctls';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (...sysctls: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  securityContext:',
    '    sysctls:',
    ...sysctls.map((s) => `      - ${s}`),
    '  containers: [{ name: a, image: a:1 }]',
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [{ name: 'safe sysctl', code: pod('{ name: net.ipv4.ip_local_port_range, value: "1024 65535" }') }],
  invalid: [
    {
      name: 'unsafe sysctl',
      code: pod('{ name: net.ipv4.tcp_syncookies, value: "1" }', 'name: net.core.somaxconn', '  value: "4096"'),
      errors: [{ line: 9, messageId: 'unsafe', message: 'Pod/mcp sets unsafe sysctl net.core.somaxconn' }],
    },
  ],
});
