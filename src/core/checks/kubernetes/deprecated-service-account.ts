import { objectLabel, podSpecOf, podSpecPath } from '../../kubernetes/objects';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'kubernetes/deprecated-service-account',
  target: 'kubernetes-object',
  meta: {
    title: 'Pod spec uses the deprecated serviceAccount field',
    category: 'correctness',
    severity: 'warning',
    rationale:
      '`serviceAccount` is a deprecated alias of `serviceAccountName`, kept only for old clients. When both are set and differ, which one the pod runs under depends on the API server version and the tool that applied it, so the permissions the reviewer approved may not be the ones the MCP server gets. kube-linter (deprecated-service-account-field) flags it.',
    remediation: 'Rename `serviceAccount` to `serviceAccountName` (and delete it where both are set).',
    messages: {
      deprecated: '{{object}} sets the deprecated serviceAccount field ("{{account}}"); use serviceAccountName',
      conflicting: '{{object}} sets serviceAccount "{{account}}" and serviceAccountName "{{name}}"; keep only serviceAccountName',
    },
  },
  check(ctx) {
    const spec = podSpecOf(ctx.object);
    const specPath = podSpecPath(ctx.object);
    if (!spec || !specPath || spec.serviceAccount === undefined || spec.serviceAccount === null) return;
    const account = spec.serviceAccount;
    if (typeof account !== 'string' || account === '') return;
    const name = spec.serviceAccountName;
    const at = [...specPath, 'serviceAccount'];
    const object = objectLabel(ctx.object);
    if (typeof name === 'string' && name !== '' && name !== account) ctx.report({ messageId: 'conflicting', data: { object, account, name }, at });
    else ctx.report({ messageId: 'deprecated', data: { object, account }, at });
  },
});
