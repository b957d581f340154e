import check from '../../../../src/core/checks/kubernetes/dangling-service-port';
import { describeCheck } from '../../../helpers/check-cases';

const deploy = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: mcp',
  'spec:',
  '  selector: { matchLabels: { app: mcp } }',
  '  template:',
  '    metadata: { labels: { app: mcp } }',
  '    spec:',
  '      containers:',
  '        - name: server',
  '          image: mcp:1',
  '          ports: [{ name: http, containerPort: 8080 }]',
  '',
].join('\n');

const service = (...ports: string[]): string =>
  ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: mcp', 'spec:', '  selector: { app: mcp }', '  ports:', ...ports.map((p) => `    ${p}`), ''].join(
    '\n',
  );

describeCheck(check, {
  defaultFile: 'svc.yaml',
  valid: [
    { name: 'named port exists', files: { 'deploy.yaml': deploy, 'svc.yaml': service('- { name: web, port: 80, targetPort: http }') } },
    { name: 'numeric targetPort', files: { 'deploy.yaml': deploy, 'svc.yaml': service('- { port: 80, targetPort: 9090 }') } },
    {
      name: 'a Flux ${VAR} placeholder as targetPort',
      files: { 'deploy.yaml': deploy, 'svc.yaml': service('- { port: 80, targetPort: "${APP_PORT:=http}" }') },
    },
  ],
  invalid: [
    {
      name: 'named port missing',
      files: {
        'deploy.yaml': deploy,
        'svc.yaml': service('- name: web', '  port: 80', '  targetPort: http', '- name: metrics', '  port: 9090', '  targetPort: metrics'),
      },
      errors: [{ line: 13, messageId: 'unknownName', message: 'Service "mcp" port "metrics" targets "metrics", which no container of Deployment/mcp defines' }],
    },
  ],
});
