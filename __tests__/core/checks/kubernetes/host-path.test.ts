import check from '../../../../src/core/checks/kubernetes/host-path';
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
    { name: 'emptyDir and configMap', code: pod('- name: tmp', '  emptyDir: {}', '- name: cfg', '  configMap: { name: cfg }') },
    { name: 'sensitive paths are left to sensitive-host-path', code: pod('- name: sock', '  hostPath: { path: /var/run/docker.sock }') },
  ],
  invalid: [
    {
      name: 'data directory on the node',
      code: pod('- name: data', '  hostPath:', '    path: /srv/mcp-data', '    type: DirectoryOrCreate'),
      errors: [{ line: 10, messageId: 'hostPath', message: 'Pod/mcp: volume "data" mounts host path /srv/mcp-data' }],
    },
  ],
});
