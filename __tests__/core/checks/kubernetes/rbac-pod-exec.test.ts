import check from '../../../../src/core/checks/kubernetes/rbac-pod-exec';
import { describeCheck } from '../../../helpers/check-cases';

const role = (...rules: string[]): string =>
  ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: Role', 'metadata:', '  name: mcp', '  namespace: mcp', 'rules:', ...rules.map((r) => `  ${r}`), ''].join(
    '\n',
  );

describeCheck(check, {
  defaultFile: 'rbac.yaml',
  valid: [
    { name: 'read pods and logs', code: role('- { apiGroups: [""], resources: [pods, pods/log], verbs: [get, list] }') },
    { name: 'wildcards are left to rbac-wildcard', code: role('- { apiGroups: [""], resources: ["*"], verbs: ["*"] }') },
  ],
  invalid: [
    {
      name: 'exec and attach',
      code: role('- { apiGroups: [""], resources: [pods], verbs: [get] }', '- apiGroups: [""]', '  resources: [pods/exec, pods/attach]', '  verbs: [create]'),
      errors: [{ line: 8, messageId: 'exec', message: 'Role/mcp/mcp: rule #2 grants access to pods/exec and pods/attach' }],
    },
  ],
});
