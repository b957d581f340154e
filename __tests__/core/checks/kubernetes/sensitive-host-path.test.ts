import check from '../../../../src/core/checks/kubernetes/sensitive-host-path';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (...volumes: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  containers: [{ name: a, image: a:1 }]',
    '  volumes:',
    ...volumes.map((l) => `    ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'pod.yaml',
  valid: [
    { name: 'ordinary host path', code: pod('- name: data', '  hostPath: { path: /srv/data }') },
    { name: 'CA certificates below /etc', code: pod('- name: certs', '  hostPath: { path: /etc/ssl/certs }') },
  ],
  invalid: [
    {
      name: 'docker socket, root and kubelet directory',
      code: pod(
        '- name: sock',
        '  hostPath: { path: /var/run/docker.sock }',
        '- name: root',
        '  hostPath:',
        '    path: /',
        '- name: kubelet',
        '  hostPath: { path: /var/lib/kubelet/pods/ }',
      ),
      errors: [
        { line: 9, messageId: 'socket', message: 'volume "sock" mounts the container runtime socket /var/run/docker.sock' },
        { line: 12, messageId: 'sensitive', message: 'sensitive host path /' },
        { line: 14, messageId: 'sensitive', message: '/var/lib/kubelet/pods' },
      ],
    },
    {
      name: '/etc itself with a trailing slash',
      code: pod('- name: etc', '  hostPath: { path: "/etc/" }'),
      errors: [{ line: 9, messageId: 'sensitive', message: '/etc' }],
    },
  ],
});
