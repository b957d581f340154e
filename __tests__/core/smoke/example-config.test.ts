/** The bundled example's smoke targets: the full config loads, and each environment plans the nine services. */
import path from 'node:path';
import { loadConfig } from '../../../src/core/config/load';
import { planSmoke } from '../../../src/core/smoke/plan';

const EXAMPLE = path.join(__dirname, '../../../examples/mcp-stacks');
const ENV = { MCP_HOST: 'mcp-dev.internal', GITHUB_TOKEN: 'ghp_example_value_for_the_plan', N8N_API_KEY: 'n8n-example-key' };

describe.each(['dev', 'staging', 'prod'])('examples/mcp-stacks smoke targets in %s', (environment) => {
  const { config } = loadConfig(EXAMPLE);

  it('plans the nine MCP services on ports 8501-8509 with their transports', () => {
    const plan = planSmoke(config.smoke, environment, { env: ENV });
    expect(plan.targets.map((t) => t.service)).toEqual([
      'mcp-filesystem',
      'mcp-monitoring',
      'mcp-memory',
      'mcp-fetch',
      'mcp-postgres',
      'mcp-github',
      'mcp-n8n',
      'mcp-playwright',
      'mcp-timescaledb',
    ]);
    expect(plan.targets.map((t) => new URL(t.url!).port)).toEqual(['8501', '8502', '8503', '8504', '8505', '8506', '8507', '8508', '8509']);
    expect(plan.targets.find((t) => t.service === 'mcp-n8n')?.transport).toBe('streamable-http');
    expect(plan.targets.filter((t) => t.transport === 'sse')).toHaveLength(8);
    expect(plan.waitTimeoutMs).toBe(120_000);
  });

  it('reads the tokens from the environment, for masking, and not into what reports show', () => {
    const plan = planSmoke(config.smoke, environment, { env: ENV });
    expect(plan.secrets).toEqual(expect.arrayContaining([ENV.GITHUB_TOKEN, ENV.N8N_API_KEY]));
    const github = plan.targets.find((t) => t.service === 'mcp-github')!;
    expect(github.headers.Authorization).toBe(`Bearer ${ENV.GITHUB_TOKEN}`);
    expect(plan.targets.map((t) => t.endpoint).join(' ')).not.toContain(ENV.GITHUB_TOKEN);
  });

  it('names the missing variable when a token is not set', () => {
    expect(() => planSmoke(config.smoke, environment, { env: { MCP_HOST: 'h', N8N_API_KEY: 'k' } })).toThrow(/GITHUB_TOKEN\} is not set/);
  });
});
