import { bareName, findLiteLlmConfigs, isEntryFor, parseEntryUrl, parseLiteLlmConfig, transportOfPath } from '../../../src/core/litellm/proxy-config';
import { parseYaml } from '../../../src/core/source/yaml-tree';

const CONFIG = `model_list:
  - model_name: gpt-4o
    litellm_params: { model: openai/gpt-4o }

mcp_servers:
  fetch:
    url: http://mcp-fetch:8504/sse
    transport: sse
    description: Fetch web pages
  n8n:
    url: "http://mcp-n8n:8507/mcp"
    transport: streamable-http
  local:
    transport: stdio
    command: npx
    args: ["-y", "@modelcontextprotocol/server-everything"]
  bare:
    url: https://mcp.example.com/sse
`;

function sources(files: Record<string, string>, configured?: string) {
  return {
    paths: Object.keys(files).sort(),
    read: (f: string) => files[f],
    yaml: (f: string) => (files[f] === undefined ? undefined : parseYaml(f, files[f])),
    configured,
  };
}

describe('parseLiteLlmConfig', () => {
  test('entries with url, normalised transport, command and positions', () => {
    const root = parseYaml('litellm/config.yaml', CONFIG).documents[0].root!;
    const config = parseLiteLlmConfig('litellm/config.yaml', root)!;
    expect(config.loc.line).toBe(5);
    expect(config.entries.map((e) => [e.name, e.url, e.transport, e.rawTransport, e.command, e.loc.line, e.urlLoc?.line])).toEqual([
      ['fetch', 'http://mcp-fetch:8504/sse', 'sse', 'sse', undefined, 6, 7],
      ['n8n', 'http://mcp-n8n:8507/mcp', 'http', 'streamable-http', undefined, 10, 11],
      ['local', undefined, 'stdio', 'stdio', 'npx', 13, undefined],
      ['bare', 'https://mcp.example.com/sse', undefined, undefined, undefined, 17, 18],
    ]);
  });

  test('no mcp_servers, or not a map: not a LiteLLM config', () => {
    expect(parseLiteLlmConfig('a.yml', parseYaml('a.yml', 'model_list: []\n').documents[0].root!)).toBeUndefined();
    expect(parseLiteLlmConfig('a.yml', parseYaml('a.yml', 'mcp_servers: 3\n').documents[0].root!)).toBeUndefined();
  });

  test('an unknown transport is kept as written', () => {
    const config = parseLiteLlmConfig(
      'a.yml',
      parseYaml('a.yml', 'mcp_servers:\n  x:\n    url: http://x:1/sse\n    transport: websocket\n').documents[0].root!,
    )!;
    expect(config.entries[0]).toMatchObject({ transport: undefined, rawTransport: 'websocket' });
  });
});

describe('findLiteLlmConfigs', () => {
  test('found by a top-level mcp_servers key; other YAML files are not', () => {
    const found = findLiteLlmConfigs(
      sources({ 'litellm/config.yaml': CONFIG, 'docker-compose.yml': 'services:\n  a:\n    image: x\n', 'notes.yml': 'servers:\n  mcp_servers: 1\n' }),
    );
    expect(found.map((c) => [c.file, c.entries.length])).toEqual([['litellm/config.yaml', 4]]);
  });

  test('stackgate.yml mcp.litellm names the file (and only that one is read)', () => {
    const files = { 'gateway/proxy.yml': CONFIG, 'other/config.yaml': CONFIG };
    expect(findLiteLlmConfigs(sources(files, 'gateway/proxy.yml')).map((c) => c.file)).toEqual(['gateway/proxy.yml']);
    expect(findLiteLlmConfigs(sources(files, 'missing.yml'))).toEqual([]);
  });
});

describe('URLs and names', () => {
  test('parseEntryUrl fills in the default port', () => {
    expect(parseEntryUrl('http://mcp-fetch:8504/sse')).toEqual({ scheme: 'http', host: 'mcp-fetch', port: 8504, path: '/sse' });
    expect(parseEntryUrl('https://mcp.example.com/mcp')).toMatchObject({ port: 443 });
    expect(parseEntryUrl('http://fetch/sse')).toMatchObject({ port: 80 });
    expect(parseEntryUrl('os.environ/MCP_URL')).toBeUndefined();
    expect(parseEntryUrl('not a url')).toBeUndefined();
  });

  test('transportOfPath', () => {
    expect(transportOfPath('/sse')).toBe('sse');
    expect(transportOfPath('/sse/')).toBe('sse');
    expect(transportOfPath('/mcp')).toBe('http');
    expect(transportOfPath('/api/v1/mcp/')).toBe('http');
    expect(transportOfPath('/')).toBeUndefined();
  });

  test('isEntryFor: the URL host reaches a deployment of it, or the entry is named after it', () => {
    const compose = { platform: 'compose' as const, hosts: ['mcp-fetch', 'fetcher'] };
    const kubernetes = { platform: 'kubernetes' as const, hosts: ['mcp-fetch'] };
    const fetch = { name: 'mcp-fetch', deployments: [compose, kubernetes] };
    const composeOnly = { name: 'mcp-fetch', deployments: [compose] };
    const entry = (name: string, url?: string) => ({ name, url, loc: { file: 'a', line: 1, column: 1 } });
    expect(isEntryFor(entry('x', 'http://fetcher:8504/sse'), fetch)).toBe(true);
    // The cluster DNS name of a Kubernetes Service, not of a Compose service.
    expect(isEntryFor(entry('x', 'http://mcp-fetch.mcp.svc.cluster.local:8504/sse'), fetch)).toBe(true);
    expect(isEntryFor(entry('x', 'http://mcp-fetch.mcp:8504/sse'), fetch)).toBe(true);
    expect(isEntryFor(entry('x', 'http://mcp-fetch.mcp:8504/sse'), composeOnly)).toBe(false);
    // Another domain's host that starts with the name is someone else's server.
    expect(isEntryFor(entry('x', 'http://mcp-fetch.example.com/sse'), fetch)).toBe(false);
    expect(isEntryFor(entry('fetch'), fetch)).toBe(true);
    expect(isEntryFor(entry('x', 'http://mcp-github:8506/sse'), fetch)).toBe(false);
  });

  test('bareName drops an mcp prefix or suffix', () => {
    expect(bareName('fetch-mcp')).toBe('fetch');
    expect(bareName('MCP_fetch')).toBe('fetch');
  });
});
