import check from '../../../../src/core/checks/compose/monitoring-labels';
import { describeCheck, runCase } from '../../../helpers/check-cases';

/** An MCP server beside the service under test: the check applies only where MCP servers run. */
const MCP = '  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1\n    labels: { com.mcp.type: server, team: platform }\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'map syntax', code: 'services:\n  mcp-web:\n    image: x:1\n    labels:\n      com.mcp.type: server\n' },
    { name: 'list syntax', code: 'services:\n  mcp-web:\n    image: x:1\n    labels:\n      - "com.mcp.type=server"\n' },
    {
      name: 'custom required labels',
      code: 'services:\n  mcp-web:\n    image: x:1\n    labels:\n      prometheus.io/scrape: "true"\n',
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['prometheus.io/scrape'] } } } },
    },
    {
      name: 'base (list) and override (map) labels merge',
      files: {
        'stacks/common/docker-compose.yml': 'services:\n  mcp-web:\n    image: x:1\n    labels: ["com.mcp.type=server"]\n',
        'stacks/prod/docker-compose.yml': 'services:\n  mcp-web:\n    labels:\n      team: platform\n',
      },
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['com.mcp.type', 'team'] } } }, environments: { prod: {} } },
    },
  ],
  invalid: [
    {
      name: 'no labels',
      code: `services:\n${MCP}  web:\n    image: x:1\n`,
      errors: [{ line: 5, messageId: 'missing', message: 'service "web" is missing monitoring label(s) com.mcp.type' }],
    },
    {
      name: 'MCP servers named in stackgate.yml mcp.services',
      code: 'services:\n  tools:\n    image: x:1\n',
      config: { mcp: { services: ['tools'] } },
      errors: [{ line: 2, messageId: 'missing', message: 'service "tools" is missing monitoring label(s) com.mcp.type' }],
    },
    {
      name: 'other labels only, several required',
      code: `services:\n${MCP}  web:\n    image: x:1\n    labels:\n      - team=platform\n`,
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['com.mcp.type', 'team'] } } } },
      errors: [{ line: 7, messageId: 'missing', message: 'service "web" is missing monitoring label(s) com.mcp.type' }],
    },
  ],
  notApplicable: [
    { name: 'a repository without MCP servers', code: 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n' },
    {
      name: 'custom labels, still no MCP server',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      config: { checks: { 'compose/monitoring-labels': { options: { required: ['prometheus.io/scrape'] } } } },
    },
  ],
});

describe('severity', () => {
  const severities = (code: string, config?: Record<string, unknown>) =>
    runCase(check, { code, config }, 'docker-compose.yml').map((f) => `${f.severity} ${f.message}`);

  test("stackgate's default label that no service of the stack carries: info", () => {
    expect(severities('services:\n  mcp-gateway:\n    image: ghcr.io/acme/mcp-gateway:1\n')).toEqual([
      'info service "mcp-gateway" is missing monitoring label(s) com.mcp.type',
    ]);
  });

  test('the default label carried by another service of the stack, or labels listed in required: warning', () => {
    expect(severities(`services:\n${MCP}  web:\n    image: x:1\n`)).toEqual(['warning service "web" is missing monitoring label(s) com.mcp.type']);
    const config = { checks: { 'compose/monitoring-labels': { options: { required: ['prometheus.io/scrape'] } } } };
    expect(severities('services:\n  mcp-web:\n    image: x:1\n', config)).toEqual([
      'warning service "mcp-web" is missing monitoring label(s) prometheus.io/scrape',
    ]);
  });
});
