import check from '../../../../src/core/checks/mcp/unique-ports';
import { describeCheck } from '../../../helpers/check-cases';

const svc = (name: string, port: number, extra = '') => `  ${name}:\n    image: ghcr.io/acme/${name}:1\n    ports: ["${port}:${port}"]\n${extra}`;

describeCheck(check, {
  defaultFile: 'docker-compose.yml',
  valid: [
    { name: 'one port per MCP server (8501-8509)', code: `services:\n${svc('mcp-fetch', 8504)}${svc('mcp-github', 8506)}` },
    {
      name: 'the same port on separate networks',
      code: `services:\n${svc('mcp-a', 8000, '    networks: [a]\n')}  mcp-b:\n    image: ghcr.io/acme/mcp-b:1\n    expose: ["8000"]\n    networks: [b]\nnetworks:\n  a: {}\n  b: {}\n`,
    },
    {
      name: 'LiteLLM entries dial different servers',
      files: { 'litellm.yaml': 'mcp_servers:\n  a:\n    url: http://mcp-a:8000/sse\n  b:\n    url: http://mcp-b:8000/sse\n' },
    },
  ],
  invalid: [
    {
      name: 'two MCP servers listen on 8000 on the default network',
      code: `services:\n  mcp-a:\n    image: ghcr.io/acme/mcp-a:1\n    environment: { PORT: "8000" }\n  mcp-b:\n    image: ghcr.io/acme/mcp-b:1\n    ports: ["18000:8000"]\n`,
      errors: [
        {
          line: 7,
          messageId: 'sharedPort',
          message: 'MCP service "mcp-b" listens on port 8000 on network root_default, as MCP service "mcp-a" of stack root does',
        },
      ],
    },
    {
      name: 'across stacks on a shared external network',
      files: {
        'a/docker-compose.yml':
          'services:\n  mcp-a:\n    image: ghcr.io/acme/mcp-a:1\n    expose: ["8080"]\n    networks: [mcp]\nnetworks:\n  mcp:\n    name: mcp-net\n    external: true\n',
        'b/docker-compose.yml':
          'services:\n  mcp-b:\n    image: ghcr.io/acme/mcp-b:1\n    command: ["--port", "8080"]\n    networks: [mcp]\nnetworks:\n  mcp:\n    name: mcp-net\n    external: true\n',
      },
      errors: [{ file: 'b/docker-compose.yml', line: 2, message: 'on network mcp-net' }],
    },
    {
      name: 'two LiteLLM entries dial the same server',
      files: { 'litellm.yaml': 'mcp_servers:\n  fetch:\n    url: http://mcp-fetch:8504/sse\n  github:\n    url: http://mcp-fetch:8504/sse/\n' },
      errors: [{ file: 'litellm.yaml', line: 5, messageId: 'duplicateEntry', message: 'already registered as entry "fetch"' }],
    },
  ],
  notApplicable: [
    { name: 'a single MCP server', code: `services:\n${svc('mcp-fetch', 8504)}${svc('web', 8080)}` },
    { name: 'nothing', files: { 'README.md': '# x\n' } },
  ],
});
