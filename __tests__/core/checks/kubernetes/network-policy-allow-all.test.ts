import check from '../../../../src/core/checks/kubernetes/network-policy-allow-all';
import { describeCheck } from '../../../helpers/check-cases';

const policy = (...spec: string[]): string =>
  ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', '  name: mcp', '  namespace: tools', 'spec:', ...spec.map((l) => `  ${l}`), ''].join(
    '\n',
  );

describeCheck(check, {
  defaultFile: 'netpol.yaml',
  valid: [
    { name: 'default deny', code: policy('podSelector: {}', 'policyTypes: [Ingress]') },
    {
      name: 'only the gateway on the server port',
      code: policy(
        'podSelector: { matchLabels: { app: mcp } }',
        'ingress:',
        '  - from: [{ podSelector: { matchLabels: { app: gateway } } }]',
        '    ports: [{ port: 8080 }]',
      ),
    },
    { name: 'one port from anywhere is a decision, not an accident', code: policy('podSelector: {}', 'ingress:', '  - ports: [{ port: 443 }]') },
    { name: 'egress-only policy', code: policy('podSelector: {}', 'policyTypes: [Egress]', 'egress: [{}]') },
  ],
  invalid: [
    {
      name: 'ingress: [{}]',
      code: policy('podSelector: { matchLabels: { app: mcp } }', 'ingress: [{}]'),
      errors: [
        {
          line: 8,
          messageId: 'allowAll',
          message: 'NetworkPolicy/tools/mcp: ingress rule #1 has no `from` and no `ports`, so it allows all traffic to pods with app=mcp',
        },
      ],
    },
    {
      name: 'empty rule after a narrow one',
      code: policy(
        'podSelector: {}',
        'policyTypes: [Ingress]',
        'ingress:',
        '  - from: [{ namespaceSelector: { matchLabels: { name: gateway } } }]',
        '  - from: []',
      ),
      errors: [{ line: 11, messageId: 'allowAll', message: 'ingress rule #2 has no `from` and no `ports`, so it allows all traffic to the selected pods' }],
    },
  ],
});
