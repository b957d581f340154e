import { findLiteLlmConfigs, isEntryFor } from '../../litellm/proxy-config';
import { findMcpServices, servicesByName, type DeployedService } from '../../services/list-services';
import { defineCheck } from '../types';

const TRANSPORT_LABELS = ['com.mcp.transport', 'mcp.transport'];
const TRANSPORT_VARIABLES = ['MCP_TRANSPORT', 'TRANSPORT', 'FASTMCP_TRANSPORT'];

export default defineCheck({
  id: 'mcp/transport-declared',
  target: 'repository',
  meta: {
    title: 'MCP service does not declare its transport',
    category: 'operations',
    severity: 'info',
    rationale:
      'An MCP server speaks stdio, SSE or streamable HTTP, and every client (LiteLLM, smoke tests, the Inspector) must pick the same one. When nothing in the repository says which, the choice is rediscovered by trial and error at each integration, and a server that switches from SSE to streamable HTTP in an upgrade breaks the gateway silently.',
    remediation:
      'Declare it once where tools can read it: a label (`com.mcp.transport: sse`), the `transport` of its LiteLLM mcp_servers entry, or the `transport` of its smoke target in stackgate.yml.',
    messages: {
      undeclared:
        'MCP service "{{service}}" declares no transport: no com.mcp.transport label, MCP_TRANSPORT variable or --transport flag, smoke target transport or LiteLLM transport',
    },
  },
  check(ctx) {
    const services = findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    if (!services.length) return ctx.notApplicable();
    const entries = findLiteLlmConfigs({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm }).flatMap((c) => c.entries);
    const smoke = Object.values(ctx.config.smoke.environments);
    for (const { first: s, deployments, hosts } of servicesByName(services)) {
      const declared =
        deployments.some(declaresItself) ||
        smoke.some((targets) => hosts.some((h) => targets[h]?.transport !== undefined || targets[h]?.command !== undefined)) ||
        entries.some((e) => e.rawTransport !== undefined && isEntryFor(e, { name: s.name, deployments }));
      if (!declared) ctx.report({ messageId: 'undeclared', data: { service: s.name }, at: s.loc });
    }
  },
});

function declaresItself(s: DeployedService): boolean {
  return TRANSPORT_LABELS.some((l) => !!s.labels[l]) || TRANSPORT_VARIABLES.some((v) => !!s.variables[v]) || s.args.some((a) => /^--transport(=|$)/.test(a));
}
