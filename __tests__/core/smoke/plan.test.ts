import { smokeSection, smokeTarget } from '../../../src/core/config/smoke-schema';
import { thrown } from '../../helpers/user-error';
import { planSmoke, type PlanOptions, type PlannedTarget, type SmokePlan } from '../../../src/core/smoke/plan';

/** stackgate.yml's smoke section, parsed as the config loader parses it. */
const config = (smoke: Record<string, unknown>) => smokeSection.parse(smoke);
const withEnvironments = (environments: Record<string, Record<string, Record<string, unknown>>>, rest: Record<string, unknown> = {}) =>
  config({ ...rest, environments });

/** A plan of one target in environment "prod", service "api". */
function planOne(t: Record<string, unknown>, options: Partial<PlanOptions> = {}): { plan: SmokePlan; target: PlannedTarget } {
  const plan = planSmoke(withEnvironments({ prod: { api: t } }), 'prod', { env: {}, ...options });
  return { plan, target: plan.targets[0] };
}

/** The strings a report or a log may show of a target. */
const displayed = (plan: SmokePlan) => plan.targets.map((t) => `${t.service} ${t.endpoint}`).join('\n');

const smoke = withEnvironments({
  staging: {
    api: { url: 'https://api.staging.example.com/mcp' },
    docs: { url: 'https://docs.staging.example.com/sse' },
    memory: { command: ['npx', '-y', '@modelcontextprotocol/server-memory'] },
  },
  prod: { api: { url: 'https://api.example.com/mcp' } },
});

describe('planSmoke: targets', () => {
  it('plans every target of the environment, in config order', () => {
    const plan = planSmoke(smoke, 'staging', { env: {} });
    expect(plan.environment).toBe('staging');
    expect(plan.targets.map((t) => t.service)).toEqual(['api', 'docs', 'memory']);
  });

  it('plans only the services asked for', () => {
    const plan = planSmoke(smoke, 'staging', { env: {}, services: ['memory', 'api'] });
    expect(plan.targets.map((t) => t.service)).toEqual(['api', 'memory']);
  });

  it('treats an empty service list as all services', () => {
    expect(planSmoke(smoke, 'staging', { env: {}, services: [] }).targets).toHaveLength(3);
  });

  it('rejects an unknown service as a UserError that lists the targets', () => {
    const e = thrown(() => planSmoke(smoke, 'staging', { env: {}, services: ['api', 'search', 'crawl'] }));
    expect(e.message).toBe('no smoke target "search", "crawl" in environment "staging"');
    expect(e.hint).toBe('targets: api, docs, memory');
  });

  it('rejects an unknown environment as a UserError that lists the environments', () => {
    const e = thrown(() => planSmoke(smoke, 'qa', { env: {} }));
    expect(e.message).toBe('no smoke targets for environment "qa" in stackgate.yml');
    expect(e.hint).toBe('environments with smoke targets: staging, prod');
  });

  it('rejects an environment without targets', () => {
    const e = thrown(() => planSmoke(withEnvironments({ dev: {} }), 'dev', { env: {} }));
    expect(e.message).toBe('no smoke targets for environment "dev" in stackgate.yml');
  });

  it('points to the docs when stackgate.yml has no smoke targets at all', () => {
    const e = thrown(() => planSmoke(config({}), 'prod', { env: {} }));
    expect(e.hint).toContain('add smoke.environments.<env>.<service> to stackgate.yml');
  });

  it('asks for an environment or a one-off target when given neither', () => {
    const e = thrown(() => planSmoke(smoke, null, { env: {} }));
    expect(e.message).toBe('no smoke targets: pass --environment, or --url / --command for a one-off check');
  });

  it('plans one-off targets without an environment, and without a config path', () => {
    const plan = planSmoke(config({}), null, { env: {}, targets: { 'localhost:3000': smokeTarget.parse({ url: 'http://localhost:3000/mcp' }) } });
    expect(plan.environment).toBeNull();
    expect(plan.targets).toHaveLength(1);
    expect(plan.targets[0]).toMatchObject({ service: 'localhost:3000', url: 'http://localhost:3000/mcp', transport: 'streamable-http' });
    expect(plan.targets[0].configPath).toBeUndefined();
  });

  it('lets given targets replace the environment’s', () => {
    const plan = planSmoke(smoke, 'staging', { env: {}, targets: { other: smokeTarget.parse({ url: 'https://other.example.com/mcp' }) } });
    expect(plan.targets.map((t) => t.service)).toEqual(['other']);
  });

  it('names the given targets when a service filter does not match them', () => {
    const e = thrown(() => planSmoke(config({}), null, { env: {}, services: ['nope'], targets: { a: smokeTarget.parse({ url: 'http://a.example/mcp' }) } }));
    expect(e.message).toBe('no smoke target "nope" in the targets given');
  });

  it('records where each target is configured', () => {
    expect(planOne({ url: 'https://api.example.com/mcp' }).target.configPath).toEqual(['smoke', 'environments', 'prod', 'api']);
  });
});

describe('planSmoke: run settings', () => {
  it('takes the defaults of the smoke section', () => {
    const plan = planSmoke(smoke, 'prod', { env: {} });
    expect(plan).toMatchObject({ waitTimeoutMs: 60_000, timeoutMs: 10_000, concurrency: 4, drift: 'fail', strict: false });
  });

  it('takes stackgate.yml’s settings', () => {
    const plan = planSmoke(
      withEnvironments({ prod: { api: { url: 'https://a.example/mcp' } } }, { waitTimeout: '2m', timeout: 1500, concurrency: 2, drift: 'warn', strict: true }),
      'prod',
      { env: {} },
    );
    expect(plan).toMatchObject({ waitTimeoutMs: 120_000, timeoutMs: 1500, concurrency: 2, drift: 'warn', strict: true });
  });

  it('lets options (action inputs, CLI flags) override them', () => {
    const plan = planSmoke(smoke, 'prod', { env: {}, waitTimeout: '5s', timeout: 250, concurrency: 1, strict: true });
    expect(plan).toMatchObject({ waitTimeoutMs: 5_000, timeoutMs: 250, concurrency: 1, strict: true });
    const strictConfig = withEnvironments({ prod: { api: { url: 'https://a.example/mcp' } } }, { strict: true });
    expect(planSmoke(strictConfig, 'prod', { env: {}, strict: false }).strict).toBe(false);
    expect(planSmoke(strictConfig, 'prod', { env: {} }).strict).toBe(true);
  });

  it('rejects a bad duration or concurrency option as a UserError naming the option', () => {
    expect(thrown(() => planSmoke(smoke, 'prod', { env: {}, waitTimeout: 'soon' })).message).toMatch(/^wait-timeout: expected a duration/);
    expect(thrown(() => planSmoke(smoke, 'prod', { env: {}, timeout: '10' })).message).toMatch(/^timeout: expected a duration/);
    expect(thrown(() => planSmoke(smoke, 'prod', { env: {}, concurrency: 0 })).message).toBe('concurrency: expected a whole number of at least 1, got 0');
    expect(thrown(() => planSmoke(smoke, 'prod', { env: {}, concurrency: 1.5 })).message).toBe('concurrency: expected a whole number of at least 1, got 1.5');
  });
});

describe('planTarget: transport', () => {
  it.each([
    ['https://a.example.com/mcp', 'streamable-http'],
    ['https://a.example.com/', 'streamable-http'],
    ['https://a.example.com/sse', 'sse'],
    ['https://a.example.com/sse/', 'sse'],
    ['https://a.example.com/v1/sse?tenant=1', 'sse'],
    ['https://a.example.com/sse/messages', 'streamable-http'],
    ['https://a.example.com/assessment', 'streamable-http'],
  ])('defaults %s to %s', (url, transport) => {
    expect(planOne({ url }).target.transport).toBe(transport);
  });

  it('defaults a URL from the environment by its value', () => {
    expect(planOne({ url: '${MCP_URL}' }, { env: { MCP_URL: 'https://a.example.com/sse' } }).target.transport).toBe('sse');
    expect(planOne({ url: '${MCP_URL}' }, { env: { MCP_URL: 'https://a.example.com/mcp' } }).target.transport).toBe('streamable-http');
  });

  it('defaults a command to stdio', () => {
    const { target } = planOne({ command: ['node', 'server.js', '--stdio'] });
    expect(target.transport).toBe('stdio');
    expect(target.command).toEqual({ command: 'node', args: ['server.js', '--stdio'], env: {} });
    expect(target.url).toBeUndefined();
    expect(target.endpoint).toBe('node server.js --stdio');
  });

  it('keeps an explicit transport', () => {
    expect(planOne({ url: 'https://a.example.com/events', transport: 'sse' }).target.transport).toBe('sse');
    expect(planOne({ url: 'https://a.example.com/sse', transport: 'streamable-http' }).target.transport).toBe('streamable-http');
  });

  it('rejects a target with both url and command, or neither, naming the target', () => {
    expect(thrown(() => planOne({ url: 'https://a.example/mcp', command: ['node'] })).message).toBe(
      'smoke.environments.prod.api: give either url or command, not both',
    );
    expect(thrown(() => planOne({})).message).toBe('smoke.environments.prod.api: needs a url (streamable-http, sse) or a command (stdio)');
  });

  it('rejects a transport that does not fit the target', () => {
    expect(thrown(() => planOne({ url: 'https://a.example/mcp', transport: 'stdio' })).message).toBe(
      'smoke.environments.prod.api: transport stdio needs a command',
    );
    expect(thrown(() => planOne({ command: ['node'], transport: 'sse' })).message).toBe('smoke.environments.prod.api: transport sse needs a url');
  });

  it('rejects a URL that is not http(s), or not a URL', () => {
    expect(thrown(() => planOne({ url: 'ftp://a.example/mcp' })).message).toBe(
      'smoke.environments.prod.api.url: expected an http:// or https:// URL, got ftp:',
    );
    expect(thrown(() => planOne({ url: 'a.example/mcp' })).message).toBe('smoke.environments.prod.api.url: not a URL: a.example/mcp');
    expect(thrown(() => planOne({ url: 'https://a.example/mcp', health: { url: 'file:///health' } })).message).toBe(
      'smoke.environments.prod.api.health.url: expected an http:// or https:// URL, got file:',
    );
  });
});

describe('planTarget: templates and secrets', () => {
  const env = { API_TOKEN: 'tok-0123456789', TENANT: 'acme-corp', MCP_HOST: 'mcp.example.com', DB_PASSWORD: 'pw-9876543210', CLIENT_ID: 'client-42' };

  it('expands header templates and keeps every substituted header value as a secret', () => {
    const { plan, target } = planOne(
      { url: 'https://${MCP_HOST}/mcp', headers: { Authorization: 'Bearer ${API_TOKEN}', 'X-Tenant': '${TENANT}', Accept: 'application/json' } },
      { env },
    );
    expect(target.headers).toEqual({ Authorization: 'Bearer tok-0123456789', 'X-Tenant': 'acme-corp', Accept: 'application/json' });
    expect(plan.secrets).toEqual(expect.arrayContaining(['tok-0123456789', 'acme-corp']));
    expect(plan.secrets).not.toContain('application/json');
    expect(plan.secrets).not.toContain('mcp.example.com');
  });

  it('never shows a substituted secret in the endpoint', () => {
    const { plan, target } = planOne({ url: 'https://user:${DB_PASSWORD}@${MCP_HOST}/t/${API_TOKEN}/mcp?key=${CLIENT_ID}&tenant=${TENANT}' }, { env });
    expect(target.url).toBe('https://user:pw-9876543210@mcp.example.com/t/tok-0123456789/mcp?key=client-42&tenant=acme-corp');
    const shown = displayed(plan);
    for (const secret of ['pw-9876543210', 'tok-0123456789', 'client-42']) expect(shown).not.toContain(secret);
    expect(target.endpoint).toContain('mcp.example.com');
    expect(target.endpoint).toContain('tenant=acme-corp');
    expect(plan.secrets).toEqual(expect.arrayContaining(['pw-9876543210', 'tok-0123456789']));
  });

  it('keeps a header secret out of every endpoint, including another target’s', () => {
    const plan = planSmoke(
      withEnvironments({
        prod: { a: { url: 'https://a.example.com/mcp', headers: { 'X-Key': '${TENANT}' } }, b: { command: ['node', 'server.js', '--tenant', '${TENANT}'] } },
      }),
      'prod',
      { env },
    );
    expect(plan.targets[1].command!.args).toEqual(['server.js', '--tenant', 'acme-corp']);
    expect(displayed(plan)).not.toContain('acme-corp');
    expect(plan.targets[1].endpoint).toBe('node server.js --tenant ***');
  });

  it('expands a stdio command’s environment as secrets and its arguments by name', () => {
    const { plan, target } = planOne(
      {
        command: ['node', 'server.js', '--token=${API_TOKEN}', '--tenant=${TENANT}'],
        env: { DATABASE_URL: 'postgres://app:${DB_PASSWORD}@db/app', MODE: 'smoke' },
      },
      { env },
    );
    expect(target.command!.env).toEqual({ DATABASE_URL: 'postgres://app:pw-9876543210@db/app', MODE: 'smoke' });
    expect(target.command!.args).toEqual(['server.js', '--token=tok-0123456789', '--tenant=acme-corp']);
    expect(plan.secrets).toEqual(expect.arrayContaining(['pw-9876543210', 'tok-0123456789']));
    expect(target.endpoint).toBe('node server.js --token=*** --tenant=acme-corp');
  });

  it('keeps a URL secret out of the error about a URL that does not parse', () => {
    const e = thrown(() => planOne({ url: 'https://me:${DB_PASSWORD}@mcp.example.com:99999/t/${API_TOKEN}' }, { env }));
    expect(e.message).toMatch(/^smoke\.environments\.prod\.api\.url: not a URL: /);
    expect(e.message).not.toContain('pw-9876543210');
    expect(e.message).not.toContain('tok-0123456789');
  });

  it('rejects an unset variable as a UserError naming the field', () => {
    const e = thrown(() => planOne({ url: 'https://a.example/mcp', headers: { Authorization: 'Bearer ${MISSING_TOKEN}' } }, { env }));
    expect(e.message).toBe('smoke.environments.prod.api.headers.Authorization: ${MISSING_TOKEN} is not set in the environment');
    expect(thrown(() => planOne({ command: ['node', '${SCRIPT}'] })).message).toBe(
      'smoke.environments.prod.api.command[1]: ${SCRIPT} is not set in the environment',
    );
    expect(thrown(() => planOne({ url: '${URL}' })).message).toBe('smoke.environments.prod.api.url: ${URL} is not set in the environment');
  });

  it('uses defaults of ${VAR:-default}', () => {
    expect(planOne({ url: 'http://localhost:${PORT:-3000}/mcp' }).target.url).toBe('http://localhost:3000/mcp');
  });

  it('has no secrets without templates', () => {
    expect(planOne({ url: 'https://a.example/mcp', headers: { Accept: 'application/json' } }).plan.secrets).toEqual([]);
  });
});

describe('planTarget: cwd', () => {
  it('resolves a stdio command’s cwd with the given resolver', () => {
    const seen: string[] = [];
    const { target } = planOne({ command: ['node', 'server.js'], cwd: 'servers/memory' }, { resolveCwd: (c) => (seen.push(c), `/repo/${c}`) });
    expect(seen).toEqual(['servers/memory']);
    expect(target.command!.cwd).toBe('/repo/servers/memory');
  });

  it('keeps the cwd as written without a resolver, and has none when not configured', () => {
    expect(planOne({ command: ['node'], cwd: 'servers/memory' }).target.command!.cwd).toBe('servers/memory');
    expect(planOne({ command: ['node'] }).target.command).not.toHaveProperty('cwd');
  });
});

describe('planTarget: calls, health, budgets', () => {
  it('numbers repeated calls of the same tool: call:<tool>, call:<tool>#2', () => {
    const { target } = planOne({
      url: 'https://a.example/mcp',
      calls: [
        { tool: 'echo', arguments: { message: 'a' } },
        { tool: 'add', arguments: { a: 1, b: 2 } },
        { tool: 'echo', arguments: { message: 'b' } },
        { tool: 'echo' },
      ],
    });
    expect(target.calls.map((c) => c.id)).toEqual(['call:echo', 'call:add', 'call:echo#2', 'call:echo#3']);
    expect(target.calls[2]).toEqual({ id: 'call:echo#2', tool: 'echo', arguments: { message: 'b' }, expect: { isError: false } });
    expect(target.calls[3].arguments).toEqual({});
  });

  it('keeps the expectations of a call', () => {
    const { target } = planOne({
      url: 'https://a.example/mcp',
      calls: [{ tool: 'get', expect: { contains: 'ok', regex: '^o', json: { a: 1 }, isError: true } }],
    });
    expect(target.calls[0].expect).toEqual({ contains: 'ok', regex: '^o', json: { a: 1 }, isError: true });
  });

  it('rejects an expect.regex that is not a regular expression, naming the tool', () => {
    const e = thrown(() => planOne({ url: 'https://a.example/mcp', calls: [{ tool: 'search', expect: { regex: '([a-z' } }] }));
    expect(e.message).toMatch(/^smoke\.environments\.prod\.api\.calls: expect\.regex of search is not a regular expression: /);
  });

  it('plans the health check with its status, JSON and budget', () => {
    const { target } = planOne({ url: 'https://a.example/mcp', health: { url: 'https://a.example/healthz', json: { status: 'ok' }, budget: '300ms' } });
    expect(target.health).toEqual({ url: 'https://a.example/healthz', status: 200, json: { status: 'ok' }, budgetMs: 300 });
    expect(planOne({ url: 'https://a.example/mcp', health: { url: 'https://a.example/healthz', status: 204 } }).target.health).toEqual({
      url: 'https://a.example/healthz',
      status: 204,
    });
    expect(planOne({ url: 'https://a.example/mcp' }).target.health).toBeUndefined();
  });

  it('converts latency budgets to milliseconds and keeps the error rate', () => {
    const { target } = planOne({ url: 'https://a.example/mcp', budgets: { p50: '200ms', p95: '1.5s', p99: 3000, errorRate: 0.01 } });
    expect(target.budgets).toEqual({ p50Ms: 200, p95Ms: 1500, p99Ms: 3000, errorRate: 0.01 });
    expect(planOne({ url: 'https://a.example/mcp' }).target.budgets).toEqual({ p50Ms: undefined, p95Ms: undefined, p99Ms: undefined, errorRate: undefined });
  });

  it('keeps the listed tools, resources, prompts and the other settings', () => {
    const { target } = planOne({
      url: 'https://a.example/mcp',
      tools: ['echo', 'add'],
      minTools: 3,
      resources: ['file:///readme'],
      prompts: ['summarize'],
      repetitions: 20,
      sessionChecks: false,
      expectedFailures: ['session-unknown'],
    });
    expect(target).toMatchObject({
      tools: ['echo', 'add'],
      minTools: 3,
      resources: ['file:///readme'],
      prompts: ['summarize'],
      repetitions: 20,
      sessionChecks: false,
      expectedFailures: ['session-unknown'],
    });
  });

  it('defaults to one repetition, session checks on and no expected failures', () => {
    const { target } = planOne({ url: 'https://a.example/mcp' });
    expect(target).toMatchObject({ tools: [], calls: [], repetitions: 1, sessionChecks: true, expectedFailures: [], headers: {} });
    expect(target).not.toHaveProperty('minTools');
    expect(target).not.toHaveProperty('resources');
    expect(target).not.toHaveProperty('prompts');
  });
});
