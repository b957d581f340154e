import check from '../../../../src/core/checks/mcp/litellm-registered';
import { describeCheck } from '../../../helpers/check-cases';

const COMPOSE =
  'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0\n  mcp-github:\n    image: ghcr.io/acme/mcp-github:0.9\n    container_name: github-mcp\n';
const litellm = (servers: string) => `model_list:\n  - model_name: gpt-4o\n    litellm_params: { model: openai/gpt-4o }\nmcp_servers:\n${servers}`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    {
      name: 'URL hosts are the service names',
      code: COMPOSE,
      files: { 'litellm/config.yaml': litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n  gh:\n    url: http://github-mcp:8506/sse\n') },
    },
    {
      name: 'entries named after the services',
      code: COMPOSE,
      files: { 'litellm/config.yaml': litellm('  fetch:\n    url: http://10.0.0.5:8504/sse\n  github:\n    transport: stdio\n    command: docker\n') },
    },
    {
      name: 'the config named in stackgate.yml',
      code: COMPOSE,
      files: { 'gateway/proxy.yml': litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n  github:\n    url: http://mcp-github:8506/sse\n') },
      config: { mcp: { litellm: 'gateway/proxy.yml' } },
    },
  ],
  invalid: [
    {
      name: 'a deployed server the gateway does not know',
      code: COMPOSE,
      files: { 'litellm/config.yaml': litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n') },
      errors: [
        {
          line: 4,
          messageId: 'unregistered',
          message:
            'MCP service "mcp-github" is not registered in the LiteLLM config litellm/config.yaml: no mcp_servers entry points at "mcp-github" or "github-mcp" or is named "github"',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'no LiteLLM config', code: COMPOSE },
    {
      name: 'no MCP services',
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      files: { 'litellm/config.yaml': litellm('  fetch:\n    url: http://mcp-fetch:8504/sse\n') },
    },
  ],
});
