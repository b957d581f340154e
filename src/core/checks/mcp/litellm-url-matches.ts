import { stackFiles } from '../../compose/project';
import { suggest } from '../../did-you-mean';
import { findLiteLlmConfigs, LITELLM_DEFAULT_TRANSPORT, parseEntryUrl, transportOfPath } from '../../litellm/proxy-config';
import { hostReaches, listServices, type DeployedService } from '../../services/list-services';
import { defineCheck, type RepositoryContext } from '../types';

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0|host\.docker\.internal|host-gateway|\d+\.\d+\.\d+\.\d+|[0-9a-f:]+:[0-9a-f:]*)$/i;

export default defineCheck({
  id: 'mcp/litellm-url-matches',
  target: 'repository',
  meta: {
    title: 'LiteLLM entry does not match the MCP service it points at',
    category: 'correctness',
    severity: 'error',
    rationale:
      "The gateway connects to exactly the URL in `mcp_servers`: a port the container does not listen on, an SSE endpoint registered with `transport: http` (or a `/mcp` streamable-HTTP endpoint left on LiteLLM's default SSE), or a misspelt host makes every tool of that server fail for every user, while the server itself looks healthy to Docker and Prometheus.",
    remediation:
      'Use the service name (or container_name/network alias) as host and the container port it listens on (not the published host port), and set `transport: sse` for `/sse` endpoints and `transport: http` for streamable-HTTP `/mcp` endpoints.',
    messages: {
      wrongPort: 'LiteLLM entry "{{entry}}" dials {{host}}:{{port}}, but "{{service}}" listens on {{expected}}',
      transportMismatch: 'LiteLLM entry "{{entry}}" uses transport {{transport}} for {{path}}, which is a {{expected}} endpoint',
      unknownTransport: 'LiteLLM entry "{{entry}}" has transport "{{transport}}"; LiteLLM accepts sse, http or stdio',
      unknownHost:
        'LiteLLM entry "{{entry}}" points at host "{{host}}", which is no service of this repository{{suggestion}}: the gateway cannot reach the server',
    },
  },
  check(ctx) {
    const configs = findLiteLlmConfigs({ paths: ctx.paths, read: ctx.read, yaml: ctx.yaml, configured: ctx.config.mcp.litellm });
    const entries = configs.flatMap((c) => c.entries).filter((e) => e.url || e.rawTransport);
    if (!entries.length) return ctx.notApplicable();
    const services = listServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes });
    const known = knownHosts(ctx, services);
    for (const entry of entries) {
      const at = entry.urlLoc ?? entry.loc;
      if (entry.rawTransport && !entry.transport) {
        ctx.report({ messageId: 'unknownTransport', data: { entry: entry.name, transport: entry.rawTransport }, at: entry.loc });
      }
      const url = entry.url ? parseEntryUrl(entry.url) : undefined;
      if (!url) continue;
      const implied = transportOfPath(url.path);
      const declared = entry.rawTransport ? entry.transport : LITELLM_DEFAULT_TRANSPORT;
      if (implied && declared && declared !== implied) {
        const transport = entry.rawTransport ? `"${entry.rawTransport}"` : `${LITELLM_DEFAULT_TRANSPORT} (LiteLLM's default, none declared)`;
        ctx.report({
          messageId: 'transportMismatch',
          data: { entry: entry.name, transport, path: url.path, expected: implied === 'sse' ? 'SSE' : 'streamable HTTP (transport: http)' },
          at,
        });
      }
      if (LOCAL_HOSTS.test(url.host)) continue;
      const [first, second, third] = url.host.split('.');
      const clusterName = second !== undefined && (third === undefined || third === 'svc') ? first : undefined;
      const targets = services.filter((s) => hostReaches(url.host, s));
      if (!targets.length) {
        if (url.host.includes('.') && !(clusterName && known.has(clusterName))) continue; // an external server, or a name we cannot resolve
        if (known.has(url.host) || (clusterName && known.has(clusterName))) continue;
        const hint = suggest(url.host, [...known]);
        ctx.report({ messageId: 'unknownHost', data: { entry: entry.name, host: url.host, suggestion: hint ? ` (did you mean "${hint}"?)` : '' }, at });
        continue;
      }
      const ports = new Set(targets.flatMap((s) => (s.platform === 'kubernetes' && s.servicePorts.length ? s.servicePorts : s.containerPorts)));
      if (ports.size && !ports.has(url.port)) {
        const expected = [...ports]
          .sort((a, b) => a - b)
          .map((p) => `port ${p}`)
          .join(' or ');
        ctx.report({ messageId: 'wrongPort', data: { entry: entry.name, host: url.host, port: url.port, service: targets[0].name, expected }, at });
      }
    }
  },
});

/** Every name a client could dial: services of every environment (profiles included), Kubernetes Services and workloads. */
function knownHosts(ctx: RepositoryContext<string, unknown>, services: readonly DeployedService[]): Set<string> {
  const out = new Set(services.flatMap((s) => s.hosts.map((h) => h.toLowerCase())));
  for (const o of ctx.kubernetes)
    if (o.kind === 'Service' || o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet') out.add(o.name.toLowerCase());
  const files = new Set(ctx.compose.stacks.flatMap(stackFiles));
  for (const file of files) {
    for (const doc of ctx.yaml(file)?.documents ?? []) {
      const servicesNode = doc.root?.kind === 'map' ? doc.root.entries.get('services') : undefined;
      if (servicesNode?.kind !== 'map') continue;
      for (const [name, node] of servicesNode.entries) {
        out.add(name.toLowerCase());
        const cn = node.kind === 'map' ? node.entries.get('container_name') : undefined;
        if (cn?.kind === 'scalar' && typeof cn.value === 'string') out.add(cn.value.toLowerCase());
      }
    }
  }
  return out;
}
