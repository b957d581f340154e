import check from '../../../../src/core/checks/kubernetes/rbac-wildcard';
import { describeCheck } from '../../../helpers/check-cases';

describeCheck(check, {
  defaultFile: 'rbac.yaml',
  valid: [
    {
      name: 'explicit rules',
      code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list, watch]\n',
    },
    { name: 'not RBAC', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  verbs: "*"\n' },
  ],
  invalid: [
    {
      name: 'wildcards in verbs and resources',
      code: [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: ClusterRole',
        'metadata:',
        '  name: mcp',
        'rules:',
        '  - apiGroups: [""]',
        '    resources: [pods]',
        '    verbs: [get]',
        '  - apiGroups: ["apps"]',
        '    resources:',
        '      - deployments',
        '      - "*"',
        '    verbs: ["*"]',
        '',
      ].join('\n'),
      errors: [
        { line: 12, messageId: 'wildcard', message: 'ClusterRole/mcp: rule #2 has "*" in resources' },
        { line: 13, messageId: 'wildcard', message: 'rule #2 has "*" in verbs' },
      ],
    },
  ],
});
