import { findMcpServices, servicesByName } from '../../services/list-services';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'mcp/smoke-tests',
  target: 'repository',
  meta: {
    title: 'MCP service has no smoke test',
    category: 'reliability',
    severity: 'warning',
    operatedOnly: true,
    rationale:
      'A container that is "healthy" can still serve an MCP server with no tools: a missing token, a failed SSE session, a changed tool name. Only a post-deploy smoke test that initializes a session, lists the tools and calls one proves the server works for the gateway; without one, a deploy is verified by the first user who asks the assistant for that tool.',
    remediation:
      'Add a smoke target per service in stackgate.yml, e.g. `smoke: { environments: { staging: { mcp-fetch: { url: "http://mcp-fetch:8504/sse", tools: [fetch], calls: [{ tool: fetch, arguments: { url: "https://example.com" } }] } } } }`, and run `stackgate smoke` after each deploy.',
    messages: {
      missing: 'MCP service "{{service}}" has no smoke test: add `smoke.environments.<env>.{{service}}` to stackgate.yml{{configured}}',
    },
  },
  check(ctx) {
    const services = findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    if (!services.length) return ctx.notApplicable();
    const environments = ctx.config.smoke.environments;
    const targets = new Set(Object.values(environments).flatMap((byService) => Object.keys(byService)));
    const configured = Object.keys(environments).length
      ? ` (smoke targets exist for ${[...targets].slice(0, 5).join(', ')}${targets.size > 5 ? ', ...' : ''})`
      : '';
    for (const { first: s, hosts } of servicesByName(services)) {
      if (hosts.some((h) => targets.has(h))) continue;
      ctx.report({ messageId: 'missing', data: { service: s.name, configured }, at: s.loc });
    }
  },
});
