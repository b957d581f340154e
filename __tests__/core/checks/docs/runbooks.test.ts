import check from '../../../../src/core/checks/docs/runbooks';
import { describeCheck } from '../../../helpers/check-cases';

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
  ],
});
