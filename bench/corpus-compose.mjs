// @ts-check
// One Docker Compose file of an MCP-server stack: an MCP server plus a few of the services such
// stacks run beside it (gateway, database, cache, monitoring), written the varied ways people write
// them (list or map environment, short or long depends_on, quoted or bare ports) and with the usual
// faults in a minority of files: latest or missing tags, no healthcheck, no limits, privileged,
// ports on every interface, an obsolete `version:` key.

/** @type {[name: string, image: string, tags: string[]][]} */
const MCP_SERVERS = [
  ['mcp-github', 'ghcr.io/acme/mcp-github-server', ['1.4.2', '1.5.0', '2.0.1']],
  ['mcp-filesystem', 'ghcr.io/acme/mcp-filesystem', ['0.9.0', '0.9.3']],
  ['mcp-search', 'registry.example.com/platform/mcp-search', ['3.2.0', '3.3.1']],
  ['mcp-postgres', 'ghcr.io/acme/mcp-postgres', ['0.6.4']],
  ['mcp-slack', 'ghcr.io/acme/mcp-slack', ['1.0.0', '1.1.2']],
  ['mcp-jira', 'registry.example.com/tools/mcp-jira', ['2.1.0']],
  ['mcp-fetch', 'mcp/fetch', ['2025.1.14']],
];

// name, image, tags, container port, healthcheck test, data mount, needs host port
const SUPPORT = {
  gateway: { image: 'traefik', tags: ['v3.1.4', 'v3.2.0'], port: 80, test: '["CMD", "traefik", "healthcheck", "--ping"]', publish: true },
  proxy: { image: 'nginx', tags: ['1.27.2-alpine', '1.26.2'], port: 80, test: '["CMD", "wget", "-qO-", "http://localhost/healthz"]', publish: true },
  postgres: {
    image: 'postgres',
    tags: ['16.4-alpine', '15.8', '17.0'],
    port: 5432,
    test: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-mcp}"]',
    data: '/var/lib/postgresql/data',
  },
  redis: { image: 'redis', tags: ['7.4.1-alpine', '7.2.6'], port: 6379, test: '["CMD", "redis-cli", "ping"]', data: '/data' },
  prometheus: {
    image: 'prom/prometheus',
    tags: ['v2.54.1', 'v2.55.0'],
    port: 9090,
    test: '["CMD", "wget", "-qO-", "http://localhost:9090/-/ready"]',
    data: '/prometheus',
    publish: true,
  },
  grafana: {
    image: 'grafana/grafana',
    tags: ['11.2.2', '11.3.0'],
    port: 3000,
    test: '["CMD-SHELL", "wget -qO- http://localhost:3000/api/health || exit 1"]',
    data: '/var/lib/grafana',
    publish: true,
  },
  otel: { image: 'otel/opentelemetry-collector-contrib', tags: ['0.111.0', '0.112.0'], port: 4318, test: null },
  qdrant: {
    image: 'qdrant/qdrant',
    tags: ['v1.12.1'],
    port: 6333,
    test: '["CMD-SHELL", "bash -c \':> /dev/tcp/127.0.0.1/6333\' || exit 1"]',
    data: '/qdrant/storage',
  },
  minio: { image: 'minio/minio', tags: ['RELEASE.2024-10-13T13-34-11Z'], port: 9000, test: '["CMD", "mc", "ready", "local"]', data: '/data' },
};
const PROJECT_WORDS = ['atlas', 'beacon', 'cobalt', 'delta', 'ember', 'fjord', 'granite', 'harbor', 'iris', 'juniper', 'kestrel', 'lumen'];

/**
 * One service of a generated Compose file.
 * @typedef {{ name: string, image: string, port: number | null, kind: string, test?: string, data?: string, publish?: boolean }} ServiceSpec
 */

/**
 * Returns { text, services } for Compose file number `index`.
 * @param {import('../__tests__/helpers/fake-secret.ts').Random} rnd
 * @param {number} index
 */
export function generateComposeFile(rnd, index) {
  const project = `${rnd.pick(PROJECT_WORDS)}-${rnd.pick(['tools', 'agents', 'assist', 'ops', 'data'])}-${index}`;
  const [mcpName, mcpImage, mcpTags] = rnd.pick(MCP_SERVERS);
  const supportNames = rnd.sample(
    Object.keys(SUPPORT),
    rnd.weighted([
      [2, 0],
      [4, 1],
      [4, 2],
      [3, 3],
      [1, 4],
    ]),
  );
  const hasWorker = rnd.chance(0.2);
  /** @type {ServiceSpec[]} */
  const services = [];
  let hostPort = 8000 + (index % 900);

  /** @type {ServiceSpec} */
  const mcp = { name: mcpName, image: tagged(rnd, mcpImage, mcpTags), port: rnd.pick([8080, 3000, 8000]), kind: 'mcp' };
  mcp.test = rnd.weighted([
    [3, `["CMD", "wget", "-qO-", "http://localhost:${mcp.port}/healthz"]`],
    [2, `["CMD-SHELL", "curl -fsS http://localhost:${mcp.port}/health || exit 1"]`],
    [1, `["CMD", "node", "healthcheck.js"]`],
  ]);
  mcp.publish = true;
  services.push(mcp);
  if (hasWorker) services.push({ name: `${mcpName}-worker`, image: mcp.image, port: null, kind: 'worker', test: '["CMD", "node", "worker-health.js"]' });
  for (const name of supportNames) {
    const s = SUPPORT[name];
    services.push({ name, image: tagged(rnd, s.image, s.tags), port: s.port, test: s.test, data: s.data, publish: s.publish, kind: name });
  }

  const lines = [];
  if (rnd.chance(0.25)) lines.push(`version: "${rnd.pick(['3.8', '3.9', '3'])}"`);
  if (rnd.chance(0.6)) lines.push(`name: ${project}`);
  if (lines.length) lines.push('');
  lines.push('services:');
  const volumes = [];
  const useNetworks = rnd.chance(0.4);
  const hardened = rnd.chance(0.35);
  for (const svc of services) {
    lines.push(`  ${svc.name}:`);
    if (svc.kind === 'mcp' && rnd.chance(0.15)) {
      lines.push('    build:', '      context: .', `      dockerfile: ${rnd.pick(['Dockerfile', 'docker/Dockerfile'])}`);
      if (rnd.chance(0.5)) lines.push(`    image: ${svc.image}`);
    } else {
      lines.push(`    image: ${svc.image}`);
    }
    if (rnd.chance(0.15)) lines.push(`    container_name: ${project}-${svc.name}`);
    if (svc.kind === 'worker') lines.push(`    command: ["node", "dist/worker.js", "--concurrency", "${rnd.int(1, 8)}"]`);
    if (svc.kind === 'minio') lines.push('    command: server /data --console-address ":9001"');
    const restart = rnd.weighted([
      [5, 'unless-stopped'],
      [3, 'always'],
      [1, 'on-failure'],
      [2, null],
    ]);
    if (restart) lines.push(`    restart: ${restart}`);
    pushEnvironment(rnd, lines, svc, project);
    if (svc.port && (svc.publish || rnd.chance(0.2))) pushPorts(rnd, lines, svc, hostPort++);
    const mounts = [];
    if (svc.data) {
      const vol = `${svc.name}-data`;
      volumes.push(vol);
      mounts.push(`${vol}:${svc.data}`);
    }
    if (svc.kind === 'prometheus') mounts.push('./prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    if (svc.kind === 'mcp' && rnd.chance(0.3)) mounts.push(`./config/${svc.name}.json:/app/config.json:ro`);
    if (svc.kind === 'gateway' && rnd.chance(0.5)) mounts.push('/var/run/docker.sock:/var/run/docker.sock:ro');
    if (mounts.length) lines.push('    volumes:', ...mounts.map((m) => `      - ${m}`));
    const deps = services.filter((d) => d !== svc && ['postgres', 'redis', 'qdrant', 'minio'].includes(d.kind) && ['mcp', 'worker'].includes(svc.kind));
    if (deps.length) {
      if (rnd.chance(0.5)) {
        lines.push('    depends_on:', ...deps.map((d) => `      - ${d.name}`));
      } else {
        lines.push('    depends_on:');
        for (const d of deps) lines.push(`      ${d.name}:`, `        condition: ${d.test ? 'service_healthy' : 'service_started'}`);
      }
    }
    if (svc.test && rnd.chance(0.78)) {
      lines.push(
        '    healthcheck:',
        `      test: ${svc.test}`,
        `      interval: ${rnd.pick(['10s', '15s', '30s'])}`,
        `      timeout: ${rnd.pick(['3s', '5s'])}`,
        `      retries: ${rnd.int(3, 5)}`,
      );
      if (rnd.chance(0.5)) lines.push(`      start_period: ${rnd.pick(['10s', '20s', '40s'])}`);
    }
    if (rnd.chance(0.7)) {
      lines.push(
        '    deploy:',
        '      resources:',
        '        limits:',
        `          cpus: "${rnd.pick(['0.25', '0.5', '1', '2'])}"`,
        `          memory: ${rnd.pick(['128M', '256M', '512M', '1G', '2G'])}`,
      );
      if (rnd.chance(0.4)) lines.push('        reservations:', `          memory: ${rnd.pick(['64M', '128M'])}`);
    }
    if (rnd.chance(0.4))
      lines.push('    logging:', '      driver: json-file', '      options:', `        max-size: "${rnd.pick(['10m', '50m'])}"`, '        max-file: "3"');
    if (hardened && svc.kind !== 'gateway') {
      lines.push('    read_only: true', '    cap_drop:', '      - ALL', '    security_opt:', '      - no-new-privileges:true');
      if (svc.kind === 'mcp') lines.push(`    user: "${rnd.pick(['1000:1000', '10001'])}"`);
    }
    if (rnd.chance(0.04)) lines.push('    privileged: true');
    if (rnd.chance(0.03)) lines.push('    cap_add:', '      - SYS_ADMIN');
    if (useNetworks) lines.push('    networks:', ...(svc.publish ? ['      - frontend', '      - backend'] : ['      - backend']));
    if (rnd.chance(0.2))
      lines.push(
        '    labels:',
        `      com.example.team: ${rnd.pick(['platform', 'ai-tools', 'data'])}`,
        `      com.example.tier: ${svc.kind === 'mcp' ? 'app' : 'infra'}`,
      );
  }
  if (volumes.length) lines.push('', 'volumes:', ...volumes.map((v) => `  ${v}:`));
  if (useNetworks) lines.push('', 'networks:', '  frontend:', '  backend:', ...(rnd.chance(0.5) ? ['    internal: true'] : []));
  return { text: `${lines.join('\n')}\n`, services: services.length };
}

/**
 * An image reference: mostly a pinned tag, sometimes latest, no tag or a digest.
 * @param {import('../__tests__/helpers/fake-secret.ts').Random} rnd
 * @param {string} image
 * @param {readonly string[]} tags
 * @returns {string}
 */
function tagged(rnd, image, tags) {
  return rnd.weighted([
    [80, `${image}:${rnd.pick(tags)}`],
    [9, `${image}:latest`],
    [6, image],
    [5, `${image}:${rnd.pick(tags)}@sha256:${rnd.hex(64)}`],
  ]);
}

function pushEnvironment(rnd, lines, svc, project) {
  const env = [];
  if (svc.kind === 'mcp' || svc.kind === 'worker') {
    env.push(['LOG_LEVEL', '${LOG_LEVEL:-info}'], ['MCP_TRANSPORT', rnd.pick(['sse', 'streamable-http', 'stdio'])], ['NODE_ENV', 'production']);
    if (rnd.chance(0.5)) env.push(['DATABASE_URL', `postgres://mcp:\${POSTGRES_PASSWORD:-mcp}@postgres:5432/${project.replace(/-/g, '_')}`]);
    if (rnd.chance(0.3)) env.push(['REDIS_URL', 'redis://redis:6379/0']);
    if (rnd.chance(0.1)) env.push(['API_TOKEN', '${API_TOKEN:?set API_TOKEN}']);
  } else if (svc.kind === 'postgres') {
    env.push(['POSTGRES_USER', 'mcp'], ['POSTGRES_PASSWORD', '${POSTGRES_PASSWORD:-mcp}'], ['POSTGRES_DB', project.replace(/-/g, '_')]);
  } else if (svc.kind === 'grafana') {
    env.push(['GF_SECURITY_ADMIN_PASSWORD', '${GRAFANA_PASSWORD:-admin}'], ['GF_USERS_ALLOW_SIGN_UP', 'false']);
  } else if (svc.kind === 'minio') {
    env.push(['MINIO_ROOT_USER', '${MINIO_USER:-minio}'], ['MINIO_ROOT_PASSWORD', '${MINIO_PASSWORD:-minio123}']);
  } else if (rnd.chance(0.3)) {
    env.push(['TZ', 'UTC']);
  }
  if (!env.length) return;
  if (rnd.chance(0.6)) {
    lines.push('    environment:', ...env.map(([k, v]) => `      ${k}: ${quoteIfNeeded(v)}`));
  } else {
    lines.push('    environment:', ...env.map(([k, v]) => `      - ${k}=${v}`));
  }
}

function quoteIfNeeded(v) {
  return /[:{}#]|^(true|false|yes|no)$/.test(v) ? `"${v}"` : v;
}

function pushPorts(rnd, lines, svc, hostPort) {
  const style = rnd.weighted([
    [4, 'quoted-local'],
    [3, 'quoted-all'],
    [2, 'bare'],
    [1, 'long'],
  ]);
  lines.push('    ports:');
  if (style === 'quoted-local') lines.push(`      - "127.0.0.1:${hostPort}:${svc.port}"`);
  else if (style === 'quoted-all') lines.push(`      - "${hostPort}:${svc.port}"`);
  else if (style === 'bare') lines.push(`      - ${hostPort}:${svc.port}`);
  else lines.push(`      - target: ${svc.port}`, `        published: "${hostPort}"`, '        host_ip: 127.0.0.1', '        protocol: tcp');
}
