import check from '../../../../src/core/checks/kubernetes/rbac-secrets-access';
import { describeCheck } from '../../../helpers/check-cases';

const role = (kind: string, ...rules: string[]): string =>
  ['apiVersion: rbac.authorization.k8s.io/v1', `kind: ${kind}`, 'metadata:', '  name: mcp', 'rules:', ...rules.map((r) => `  ${r}`), ''].join('\n');

describeCheck(check, {
  defaultFile: 'rbac.yaml',
  valid: [
    { name: 'configmaps only', code: role('Role', '- { apiGroups: [""], resources: [configmaps], verbs: [get, list] }') },
    { name: 'get on one named secret', code: role('Role', '- { apiGroups: [""], resources: [secrets], resourceNames: [mcp-token], verbs: [get] }') },
    { name: 'secrets of another API group', code: role('Role', '- { apiGroups: [example.com], resources: [secrets], verbs: [list] }') },
  ],
  invalid: [
    {
      name: 'list and watch secrets cluster-wide',
      code: role(
        'ClusterRole',
        '- { apiGroups: [""], resources: [pods], verbs: [get] }',
        '- apiGroups: [""]',
        '  resources: [secrets, configmaps]',
        '  verbs: [list, watch]',
      ),
      errors: [{ line: 7, messageId: 'reads', message: 'ClusterRole/mcp: rule #2 grants list, watch on secrets in every namespace it is bound to' }],
    },
    {
      name: 'wildcard resources include secrets',
      code: role('Role', '- { apiGroups: ["*"], resources: ["*"], verbs: [get] }'),
      errors: [{ line: 6, messageId: 'reads', message: 'grants get on secrets' }],
    },
  ],
});
