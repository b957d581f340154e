import { distinctServices, findMcpServices, hasMcpWord, imageRepository, listServices, servicesByName } from '../../../src/core/services/list-services';
import { serviceSources as sources } from '../../helpers/service-sources';

const COMPOSE = `name: mcp
services:
  mcp-memory:
    image: ghcr.io/acme/mcp-memory:2.0.1
    environment:
      PORT: "8503"
    ports:
      - "127.0.0.1:18503:8503"
    networks:
      mcp:
        aliases: [memory]
  memory-mcp:
    build: .
    command: ["--transport=sse", "--sse-port", "8510"]
  pg-tools:
    image: crystaldba/postgres-mcp:0.3.0
    expose: ["8505"]
    labels:
      com.mcp.port: "8506"
  fetch:
    image: mcp/fetch:latest
  mcp-db:
    image: postgres:16
  mcp-memory-migrate:
    build: .
  mcp-inspector:
    image: ghcr.io/modelcontextprotocol/inspector:0.16.2
  memory-db:
    image: postgres:16
  web:
    image: nginx:1.27
    network_mode: host
networks:
  mcp:
    name: mcp-net
`;

describe('hasMcpWord / imageRepository', () => {
  test.each([
    ['mcp-memory', true],
    ['memory-mcp', true],
    ['crystaldba/postgres-mcp', true],
    ['mcp_fetch', true],
    ['mcpserver', false],
    ['fastmcp-thing', false],
    ['memory-db', false],
  ])('%s -> %s', (text, expected) => expect(hasMcpWord(text)).toBe(expected));

  test('drops the registry, the tag and docker.io library', () => {
    expect(imageRepository('ghcr.io/acme/mcp-fetch:1.0@sha256:abc')).toBe('acme/mcp-fetch');
    expect(imageRepository('localhost:5000/mcp-fetch')).toBe('mcp-fetch');
    expect(imageRepository('library/postgres:16')).toBe('postgres');
    expect(imageRepository('crystaldba/postgres-mcp:0.3.0')).toBe('crystaldba/postgres-mcp');
  });
});

describe('findMcpServices', () => {
  test('names and image repositories with an "mcp" word part; databases and helpers are not servers', () => {
    const found = findMcpServices(sources({ 'docker-compose.yml': COMPOSE }));
    expect(distinctServices(found, 'name').map((s) => s.name)).toEqual(['mcp-memory', 'memory-mcp', 'pg-tools', 'fetch']);
    // Without environments, one entry, of the unnamed environment (checked as production).
    expect(found.filter((s) => s.name === 'mcp-memory').map((s) => [s.environment, s.isProduction])).toEqual([['', true]]);
  });

  test('one entry per environment', () => {
    const found = findMcpServices(sources({ 'docker-compose.yml': COMPOSE }, { environments: { dev: {}, staging: {}, prod: {} } }));
    expect(found.filter((s) => s.name === 'mcp-memory').map((s) => [s.environment, s.isProduction])).toEqual([
      ['dev', false],
      ['staging', false],
      ['prod', true],
    ]);
  });

  test('mcp.services in stackgate.yml replaces the naming convention', () => {
    const found = findMcpServices(sources({ 'docker-compose.yml': COMPOSE }, { mcp: { services: ['web', 'memory-db'] } }));
    expect(distinctServices(found, 'name').map((s) => s.name)).toEqual(['memory-db', 'web']);
  });

  test('hosts, networks, container and published ports of a Compose service', () => {
    const services = distinctServices(listServices(sources({ 'docker-compose.yml': COMPOSE })), 'name');
    const byName = new Map(services.map((s) => [s.name, s]));
    const memory = byName.get('mcp-memory')!;
    expect(memory.stack).toBe('root');
    expect(memory.loc).toMatchObject({ file: 'docker-compose.yml', line: 3 });
    expect(memory.hosts).toEqual(['mcp-memory', 'memory']);
    expect(memory.networks).toEqual(['mcp-net']);
    expect(memory.containerPorts).toEqual([8503]);
    expect(memory.publishedPorts).toEqual([
      { hostIp: '127.0.0.1', published: 18503, target: 8503, protocol: 'tcp', loc: expect.objectContaining({ line: 8 }) },
    ]);
    expect(byName.get('memory-mcp')!.containerPorts).toEqual([8510]);
    expect(byName.get('memory-mcp')!.args).toEqual(['--transport=sse', '--sse-port', '8510']);
    expect(byName.get('memory-mcp')!.networks).toEqual(['mcp_default']);
    expect(byName.get('pg-tools')!.containerPorts).toEqual([8505, 8506]);
    expect(byName.get('web')!.networks).toEqual(['host']);
  });

  test('Kubernetes Deployments and StatefulSets: hosts are the Services selecting their pods', () => {
    const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp-fetch
  namespace: mcp
spec:
  template:
    metadata:
      labels: { app: mcp-fetch }
    spec:
      containers:
        - name: fetch
          image: ghcr.io/acme/fetch-server:1.1.0
          args: ["--port=8504"]
          env:
            - { name: MCP_TRANSPORT, value: sse }
---
apiVersion: v1
kind: Service
metadata:
  name: fetch
  namespace: mcp
spec:
  selector: { app: mcp-fetch }
  ports:
    - port: 80
      targetPort: 8504
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
  namespace: mcp
spec:
  template:
    spec:
      containers:
        - name: redis
          image: redis:7
`;
    const all = listServices(sources({ 'k8s/prod/mcp.yaml': manifest }));
    expect(all.map((s) => [s.platform, s.name])).toEqual([
      ['kubernetes', 'mcp-fetch'],
      ['kubernetes', 'redis'],
    ]);
    const [fetch] = all;
    expect(fetch).toMatchObject({
      hosts: ['fetch'],
      containerPorts: [8504],
      servicePorts: [80],
      environment: 'prod',
      isProduction: true,
      variables: { MCP_TRANSPORT: 'sse' },
    });
    expect(fetch.loc).toMatchObject({ file: 'k8s/prod/mcp.yaml', line: 4 });
    expect(findMcpServices(sources({ 'k8s/prod/mcp.yaml': manifest })).map((s) => s.name)).toEqual(['mcp-fetch']);
  });

  test('odd values do not throw', () => {
    const odd =
      'services:\n  mcp-x:\n    image: 42\n    ports: [null, {target: "x"}, "a:b:c:d"]\n    labels: ["com.mcp.port"]\n    environment: [PORT]\n    networks: 7\n';
    const [s] = listServices(sources({ 'docker-compose.yml': odd }));
    expect(s).toMatchObject({ name: 'mcp-x', images: [], containerPorts: [], publishedPorts: [] });
  });
});

describe('servicesByName', () => {
  it("joins the host names of every environment's deployment: a prod container_name counts for the service", () => {
    const s = sources({
      'stacks/common/docker-compose.yml': 'services:\n  mcp-fetch:\n    image: ghcr.io/acme/mcp-fetch:1.0.0\n',
      'stacks/dev/docker-compose.yml': 'services:\n  mcp-fetch:\n    environment: { LOG_LEVEL: debug }\n',
      'stacks/prod/docker-compose.yml': 'services:\n  mcp-fetch:\n    container_name: fetch-prod\n',
    });
    const named = servicesByName(findMcpServices(s));
    expect(named.map((n) => n.first.name)).toEqual(['mcp-fetch']);
    const fetch = named[0];
    expect(fetch.deployments.map((d) => d.environment).sort()).toEqual(['dev', 'prod']);
    expect(fetch.hosts).toEqual(expect.arrayContaining(['mcp-fetch', 'fetch-prod']));
    expect(fetch.first.environment).toBe('dev');
  });
});
