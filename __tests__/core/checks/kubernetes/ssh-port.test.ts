import check from '../../../../src/core/checks/kubernetes/ssh-port';
import { describeCheck } from '../../../helpers/check-cases';

const pod = (...ports: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: tools',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    '      ports:',
    ...ports.map((l) => `        ${l}`),
    '',
  ].join('\n');

const service = (...ports: string[]): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: gitea',
    'spec:',
    '  selector: { app: gitea }',
    '  ports:',
    ...ports.map((l) => `    ${l}`),
    '',
  ].join('\n');

describeCheck(check, {
  defaultFile: 'k8s.yaml',
  valid: [
    { name: 'http only', code: pod('- containerPort: 8080') },
    { name: 'service to a non-SSH port', code: service('- { name: http, port: 80, targetPort: 3000 }') },
    { name: 'port 220 and 2200 are not SSH', code: pod('- containerPort: 220', '- containerPort: 2200') },
  ],
  invalid: [
    {
      name: 'containerPort 22',
      code: pod('- containerPort: 8080', '- name: ssh', '  containerPort: 22'),
      errors: [{ line: 12, messageId: 'containerPort', message: 'Pod/tools: container "app" exposes SSH port 22' }],
    },
    {
      name: 'service port and targetPort',
      code: service('- { name: http, port: 80, targetPort: 3000 }', '- name: ssh', '  port: 22', '- port: 2222', '  targetPort: 22'),
      errors: [
        { line: 10, messageId: 'servicePort', message: 'Service/gitea: port "ssh" exposes SSH' },
        { line: 12, messageId: 'servicePort', message: 'port 2222 exposes SSH' },
      ],
    },
  ],
});
