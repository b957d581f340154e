import check from '../../../../src/core/checks/mcp/transport-declared';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE = 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n';

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'labels',
      code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    labels:\n      com.mcp.transport: sse\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    labels: ["mcp.transport=http"]\n',
    },
    {
      name: 'variables and flags',
      code: 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n    environment: { MCP_TRANSPORT: sse }\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    command: ["--transport=streamable-http"]\n',
    },
    {
      name: 'LiteLLM and smoke targets',
      code: COMPOSE,
      files: { 'litellm.yaml': 'mcp_servers:\n  fetch:\n    url: http://mcp-fetch:8504/sse\n    transport: sse\n' },
      config: { smoke: { environments: { staging: { 'mcp-github': { transport: 'sse', url: 'http://mcp-github:8506/sse' } } } } },
    },
  ],
  invalid: [
    {
      name: 'nothing declares them (a LiteLLM entry without transport does not count)',
      code: COMPOSE,
      files: { 'litellm.yaml': 'mcp_servers:\n  fetch:\n    url: http://mcp-fetch:8504/sse\n' },
      config: { smoke: { environments: { staging: { 'mcp-github': { url: 'http://mcp-github:8506/sse' } } } } },
      errors: [
        { line: 2, messageId: 'undeclared', message: '"mcp-fetch"' },
        { line: 4, message: '"mcp-github"' },
      ],
    },
  ],
  notApplicable: [{ name: 'no MCP services', code: 'services:\n  web:\n    image: nginx:1.27\n' }],
});
