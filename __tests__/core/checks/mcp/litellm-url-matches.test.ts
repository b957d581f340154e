import check from '../../../../src/core/checks/mcp/litellm-url-matches';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE = `services:
  mcp-fetch:
    image: ghcr.io/acme/mcp-fetch:1.0
    environment:
      PORT: "8504"
  mcp-n8n:
    image: ghcr.io/acme/mcp-n8n:2.10
    ports: ["18507:8507"]
  mcp-debug:
    image: ghcr.io/acme/mcp-debug:1
    profiles: [debug]
`;
const litellm = (servers: string) => `mcp_servers:\n${servers}`;

describeCheck(check, {
  defaultFile: 'litellm/config.yaml',
  valid: [
    {
      name: 'container ports and transports that match the paths',
      code: litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n    transport: sse\n  n8n:\n    url: http://mcp-n8n:8507/mcp\n    transport: http\n'),
      files: { 'docker-compose.yml': COMPOSE },
    },
    { name: "SSE is LiteLLM's default transport", code: litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n'), files: { 'docker-compose.yml': COMPOSE } },
    {
      name: 'external servers, local hosts, stdio and services behind a profile are not judged',
      code: litellm(
        '  zapier:\n    url: https://actions.zapier.com/mcp/abc/sse\n  local:\n    url: http://localhost:9000/whatever\n  cli:\n    transport: stdio\n    command: npx\n  debug:\n    url: http://mcp-debug:7000/sse\n',
      ),
      files: { 'docker-compose.yml': COMPOSE },
    },
    {
      name: 'a Kubernetes Service port',
      code: litellm('  fetch:\n    url: http://fetch.mcp.svc.cluster.local/mcp\n    transport: streamable-http\n'),
      files: {
        'k8s/fetch.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mcp-fetch\n  namespace: mcp\nspec:\n  template:\n    metadata:\n      labels: { app: f }\n    spec:\n      containers:\n        - name: f\n          image: ghcr.io/acme/mcp-fetch:1\n          ports: [{ containerPort: 8504 }]\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: fetch\n  namespace: mcp\nspec:\n  selector: { app: f }\n  ports: [{ port: 80, targetPort: 8504 }]\n',
      },
    },
  ],
  invalid: [
    {
      name: 'the published host port instead of the container port',
      code: litellm('  n8n:\n    url: http://mcp-n8n:18507/mcp\n    transport: http\n'),
      files: { 'docker-compose.yml': COMPOSE },
      errors: [{ line: 3, messageId: 'wrongPort', message: 'LiteLLM entry "n8n" dials mcp-n8n:18507, but "mcp-n8n" listens on port 8507' }],
    },
    {
      name: 'transport http for an SSE endpoint, and the default SSE for a /mcp endpoint',
      code: litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n    transport: http\n  n8n:\n    url: http://mcp-n8n:8507/mcp\n'),
      files: { 'docker-compose.yml': COMPOSE },
      errors: [
        { line: 3, messageId: 'transportMismatch', message: 'uses transport "http" for /sse, which is a SSE endpoint' },
        { line: 6, messageId: 'transportMismatch', message: "uses transport sse (LiteLLM's default, none declared) for /mcp" },
      ],
    },
    {
      name: 'a misspelt host',
      code: litellm('  fetch:\n    url: http://mcp-fetc:8504/sse\n'),
      files: { 'docker-compose.yml': COMPOSE },
      errors: [{ line: 3, messageId: 'unknownHost', message: 'points at host "mcp-fetc", which is no service of this repository (did you mean "mcp-fetch"?)' }],
    },
    {
      name: 'a transport LiteLLM does not know',
      code: litellm('  fetch:\n    url: http://mcp-fetch:8504/\n    transport: websocket\n'),
      files: { 'docker-compose.yml': COMPOSE },
      errors: [{ line: 2, messageId: 'unknownTransport' }],
    },
  ],
  notApplicable: [
    { name: 'no LiteLLM config', files: { 'docker-compose.yml': COMPOSE } },
    { name: 'no mcp_servers entries', code: 'mcp_servers: {}\n' },
  ],
});
