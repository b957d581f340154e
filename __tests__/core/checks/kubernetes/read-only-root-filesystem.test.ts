import check from '../../../../src/core/checks/kubernetes/read-only-root-filesystem';
import { describeCheck } from '../../../helpers/check-cases';

// Line 13 is the container; extra container fields start at line 15.
const deploy = (...container: string[]): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: mcp',
    'spec:',
    '  selector:',
    '    matchLabels: { app: mcp }',
    '  template:',
    '    metadata:',
    '      labels: { app: mcp }',
    '    spec:',
    '      containers:',
    '        - name: server',
    '          image: ghcr.io/acme/mcp:1.2.3',
    ...container.map((l) => `          ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'deploy.yaml',
  valid: [
    { name: 'read-only root filesystem', code: deploy('securityContext:', '  readOnlyRootFilesystem: true') },
    { name: 'a Flux ${VAR} placeholder is only known after substitution', code: deploy('securityContext:', '  readOnlyRootFilesystem: ${READ_ONLY_ROOT}') },
    { name: 'not a workload', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' },
  ],
  invalid: [
    { name: 'not set', code: deploy(), errors: [{ line: 13, messageId: 'writable', message: 'Deployment/mcp: container "server"' }] },
    { name: 'explicitly false', code: deploy('securityContext:', '  readOnlyRootFilesystem: false'), errors: [{ line: 16, messageId: 'writable' }] },
    {
      name: 'init container too, in a CronJob',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: sync\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers:\n            - name: init\n              image: busybox:1.36\n          containers:\n            - name: sync\n              image: sync:1\n              securityContext: { readOnlyRootFilesystem: true }\n',
      errors: [{ line: 12, messageId: 'writable', message: '"init"' }],
    },
  ],
});
