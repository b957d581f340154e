import check from '../../../../src/core/checks/docs/runbooks';
import { describeCheck } from '../../../helpers/check-cases';

/** A Flux Kustomization: what makes a repository operated without a stackgate.yml. */
const FLUX_KUSTOMIZATION =
  'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/production\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n';
const ALERTS =
  'groups:\n  - name: app\n    rules:\n      - alert: AppDown\n        expr: up{job="app"} == 0\n        for: 5m\n        labels:\n          severity: critical\n';
const MCP_STACK = 'services:\n  mcp-filesystem:\n    image: mcp/filesystem:1.2.0\n';

describeCheck(check, {
  defaultFile: 'docs/runbooks/mcp-server-down.md',
  valid: [
    { name: 'docs/runbooks/', code: '# Runbook: MCP server down\n' },
    { name: 'an operations runbook', files: { 'docs/OPERATIONS_RUNBOOK.md': '# Operations\n' } },
    { name: 'playbooks/', files: { 'ops/playbooks/restore.md': '# Restore\n' } },
  ],
  invalid: [
    {
      name: 'docs without runbooks',
      files: { 'docs/architecture.md': '# Architecture\n', 'README.md': '# x\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'none' }],
    },
    { name: 'a runbooks directory with no Markdown', files: { 'runbooks/down.txt': 'restart it\n' }, errors: [{ file: '.', line: 1 }] },
    {
      name: 'a GitOps repository with alerting rules of its own',
      config: {},
      files: { 'clusters/production/apps.yaml': FLUX_KUSTOMIZATION, 'monitoring/alerts.yml': ALERTS, 'README.md': '# x\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'none' }],
    },
    {
      name: 'a repository that deploys MCP servers',
      config: {},
      files: { 'clusters/production/apps.yaml': FLUX_KUSTOMIZATION, 'stacks/prod/docker-compose.yml': MCP_STACK, 'README.md': '# x\n' },
      errors: [{ file: 'README.md', line: 1, messageId: 'none' }],
    },
  ],
  notApplicable: [
    {
      name: 'a GitOps example with a production overlay and no alert, no MCP server, no stackgate.yml',
      config: {},
      files: { 'clusters/production/apps.yaml': FLUX_KUSTOMIZATION, 'README.md': '# Flux example\n' },
    },
  ],
});
