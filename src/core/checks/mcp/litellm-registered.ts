import { bareName, findLiteLlmConfigs, isEntryFor } from '../../litellm/proxy-config';
import { findMcpServices, servicesByName } from '../../services/list-services';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'mcp/litellm-registered',
  target: 'repository',
  meta: {
    title: 'MCP service is not registered in the LiteLLM gateway',
    category: 'operations',
    severity: 'warning',
    rationale:
      "Clients reach the MCP servers through the LiteLLM proxy's `mcp_servers`; a server that is deployed but not registered there runs, costs memory and is monitored, yet no assistant can use its tools. It usually happens when a server is added to Compose and the gateway config is forgotten in the same change.",
    remediation:
      'Add an entry to `mcp_servers` in the LiteLLM config, e.g. `fetch: { url: "http://mcp-fetch:8504/sse", transport: sse }`, using the service name as host and its container port.',
    messages: {
      unregistered:
        'MCP service "{{service}}" is not registered in the LiteLLM config {{file}}: no mcp_servers entry points at {{hosts}} or is named "{{name}}"',
    },
  },
  check(ctx) {
    const configs = findLiteLlmConfigs({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm });
    const services = findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    if (!configs.length || !services.length) return ctx.notApplicable();
    const entries = configs.flatMap((c) => c.entries);
    for (const { first: s, deployments, hosts } of servicesByName(services)) {
      if (entries.some((e) => isEntryFor(e, { name: s.name, deployments }))) continue;
      ctx.report({
        messageId: 'unregistered',
        data: { service: s.name, file: configs.map((c) => c.file).join(', '), hosts: hosts.map((h) => `"${h}"`).join(' or '), name: bareName(s.name) },
        at: s.loc,
      });
    }
  },
});
