import check from '../../../../src/core/checks/mcp/smoke-tests';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n  memory-db:\n    image: postgres:16\n';
const smoke = (environments: Record<string, Record<string, unknown>>) => ({ smoke: { environments } });

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'each MCP service has a smoke target in some environment',
      code: COMPOSE,
      config: smoke({
        staging: { 'mcp-fetch': { url: 'http://mcp-fetch:8504/sse', tools: ['fetch'] } },
        prod: { 'mcp-github': { url: 'http://mcp-github:8506/sse' } },
      }),
    },
    {
      name: 'a Kubernetes workload tested through its Service name',
      files: {
        'k8s/fetch.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mcp-fetch\nspec:\n  template:\n    metadata:\n      labels: { app: f }\n    spec:\n      containers:\n        - name: f\n          image: ghcr.io/acme/mcp-fetch:1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: fetch\nspec:\n  selector: { app: f }\n  ports: [{ port: 80 }]\n',
      },
      config: smoke({ prod: { fetch: { url: 'http://fetch/sse' } } }),
    },
  ],
  invalid: [
    {
      name: 'one service has none',
      code: COMPOSE,
      config: smoke({ staging: { 'mcp-fetch': { url: 'http://mcp-fetch:8504/sse' } } }),
      errors: [
        {
          line: 4,
          messageId: 'missing',
          message: 'MCP service "mcp-github" has no smoke test: add `smoke.environments.<env>.mcp-github` to stackgate.yml (smoke targets exist for mcp-fetch)',
        },
      ],
    },
    {
      name: 'no smoke tests configured',
      code: COMPOSE,
      errors: [
        { line: 2, message: '"mcp-fetch"' },
        { line: 4, message: '"mcp-github"' },
      ],
    },
  ],
  notApplicable: [{ name: 'no MCP services', code: 'services:\n  web:\n    image: nginx:1.27\n' }],
});
