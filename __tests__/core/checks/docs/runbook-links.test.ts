import check from '../../../../src/core/checks/docs/runbook-links';
import { describeCheck } from '../../../helpers/check-cases';

const rules = (url: string) =>
  `groups:\n  - name: mcp\n    rules:\n      - alert: MCPServerDown\n        expr: up{job="mcp"} == 0\n        for: 2m\n        annotations:\n          summary: down\n          runbook_url: ${url}\n`;
const RUNBOOK = '# Runbook: MCP server down\n\n## Diagnose (Compose endpoints)\n\n## Mitigate\n';

describeCheck(check, {
  defaultFile: 'monitoring/rules/mcp-alerts.yml',
  valid: [
    {
      name: 'a GitHub blob link to a runbook in this repository',
      code: rules('https://github.com/acme/mcp-stacks/blob/main/docs/runbooks/down.md'),
      files: { 'docs/runbooks/down.md': RUNBOOK },
    },
    {
      name: 'a branch with a slash and an anchor',
      code: rules('https://github.com/acme/mcp-stacks/blob/release/2.x/docs/runbooks/down.md#diagnose-compose-endpoints'),
      files: { 'docs/runbooks/down.md': RUNBOOK },
    },
    { name: 'a path relative to the rule file', code: rules('../../docs/runbooks/down.md#mitigate'), files: { 'docs/runbooks/down.md': RUNBOOK } },
  ],
  invalid: [
    {
      name: 'a renamed runbook',
      code: rules('https://github.com/acme/mcp-stacks/blob/main/docs/runbooks/server-down.md'),
      files: { 'docs/runbooks/down.md': RUNBOOK },
      errors: [
        { line: 9, messageId: 'missingFile', message: 'alert "MCPServerDown" links the runbook docs/runbooks/server-down.md, which is not in the repository' },
      ],
    },
    {
      name: 'a section that does not exist',
      code: rules('docs/runbooks/down.md#restart'),
      files: { 'docs/runbooks/down.md': RUNBOOK },
      errors: [
        { line: 9, messageId: 'missingAnchor', message: 'links docs/runbooks/down.md#restart, but docs/runbooks/down.md has no heading with that anchor' },
      ],
    },
  ],
  notApplicable: [
    { name: 'a link to a wiki', code: rules('https://wiki.example.com/mcp/down'), files: { 'docs/runbooks/down.md': RUNBOOK } },
    {
      name: 'a link to another repository',
      code: rules('https://github.com/acme/runbooks/blob/main/mcp/down.md'),
      files: { 'docs/runbooks/down.md': RUNBOOK },
    },
    { name: 'no alerts', files: { 'README.md': '# x\n' } },
  ],
});
