import { findLiteLlmConfigs, parseEntryUrl } from '../../litellm/proxy-config';
import { distinctServices, findMcpServices, type DeployedService } from '../../services/list-services';
import type { Loc } from '../../source/yaml-tree';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'mcp/unique-ports',
  target: 'repository',
  meta: {
    title: 'MCP services share a container port on one network',
    category: 'correctness',
    severity: 'error',
    rationale:
      "MCP endpoints address each server by a port of its own (the 8501-8509 convention): Prometheus targets, LiteLLM URLs, smoke tests and the 1:1 published ports on Edge endpoints all assume that one port means one server. Two MCP servers on the same network listening on the same port make a wrong LiteLLM or scrape URL look right, and collide outright under `network_mode: host`; two LiteLLM entries dialing the same URL register one server twice and leave the other one out. Published host ports that collide are compose/port-conflict's job.",
    remediation: 'Give every MCP server its own container port (e.g. PORT=8504 and `ports: ["8504:8504"]`) and make each LiteLLM entry dial its own server.',
    messages: {
      sharedPort: 'MCP service "{{service}}" listens on port {{port}} on network {{network}}{{where}}, as MCP service "{{other}}" of stack {{otherStack}} does',
      duplicateEntry: 'LiteLLM entry "{{entry}}" dials {{url}}, already registered as entry "{{other}}"',
    },
  },
  check(ctx) {
    const mcp = findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes }).filter((s) => s.platform === 'compose');
    const entries = findLiteLlmConfigs({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm })
      .flatMap((c) => c.entries)
      .filter((e) => e.url && parseEntryUrl(e.url));
    if (distinctServices(mcp, 'deployment').length < 2 && entries.length < 2) return ctx.notApplicable();

    // The same clash usually exists in every environment (a base file): one finding, naming them all.
    const clashes = new Map<string, { at: Loc; data: Record<string, string | number>; environments: string[] }>();
    for (const env of ctx.compose.environments) {
      const seen = new Map<string, DeployedService>();
      for (const s of mcp.filter((x) => x.environment === env.name)) {
        const reported = new Set<number>();
        for (const network of s.networks.filter((n) => !n.startsWith('service:'))) {
          for (const port of s.containerPorts) {
            const key = `${network}|${port}`;
            const other = seen.get(key);
            if (!other) {
              seen.set(key, s);
              continue;
            }
            if (other.name === s.name || reported.has(port)) continue;
            reported.add(port);
            const at = s.publishedPorts.find((p) => p.target === port)?.loc ?? s.loc;
            const id = `${at.file}:${at.line}:${at.column}|${s.name}|${port}|${network}|${other.name}`;
            const clash = clashes.get(id) ?? {
              at,
              data: { service: s.name, port, network, other: other.name, otherStack: other.stack ?? '' },
              environments: [],
            };
            clash.environments.push(env.name);
            clashes.set(id, clash);
          }
        }
      }
    }
    for (const { at, data, environments } of clashes.values())
      ctx.report({ messageId: 'sharedPort', data: { ...data, where: environments[0] ? ` in ${environments.join(', ')}` : '' }, at });

    const dialed = new Map<string, string>();
    for (const e of entries) {
      const u = parseEntryUrl(e.url!)!;
      const key = `${u.host}:${u.port}${u.path.replace(/\/+$/, '')}`;
      const other = dialed.get(key);
      if (other !== undefined) ctx.report({ messageId: 'duplicateEntry', data: { entry: e.name, url: e.url!, other }, at: e.urlLoc ?? e.loc });
      else dialed.set(key, e.name);
    }
  },
});
