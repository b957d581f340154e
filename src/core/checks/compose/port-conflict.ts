import path from 'node:path';
import { parsePortSpec } from '../../compose/merge';
import type { EffectiveStack } from '../../compose/types';
import { toPlain, type Loc, type TreeNode } from '../../source/yaml-tree';
import { isRecord } from '../../is-record';
import { defineCheck } from '../types';

interface Published {
  stack: string;
  service: string;
  hostIp: string;
  from: number;
  to: number;
  protocol: string;
  text: string;
  loc: Loc;
}

const WILDCARD = new Set(['', '0.0.0.0', '::']);

export default defineCheck({
  id: 'compose/port-conflict',
  target: 'compose-project',
  meta: {
    title: 'Host port published twice',
    category: 'correctness',
    severity: 'error',
    rationale:
      'Two containers cannot bind the same host address and port: the second one fails to start with "port is already allocated", usually only when both stacks land on the same host in that environment, which is where it hurts. Listening on 0.0.0.0 conflicts with every specific address on that port too. Stacks of one environment share its host; without environments (a collection of independent examples), two stacks are taken to share a host only when they join the same external network. The same service in two Compose files of one directory (an image and a build-from-source variant) is one application, not two.',
    remediation:
      'Give one of the services another published port (or bind them to different host IPs), or remove the mapping if the port only needs to be reachable on the Compose network.',
    messages: {
      conflict: 'service "{{service}}" publishes host port {{port}}, already published by service "{{other}}" of stack "{{otherStack}}" at {{where}}',
    },
  },
  check(ctx) {
    const seen: Published[] = [];
    // Without environments nothing says the stacks run on one host, unless they share an external network (created on that host).
    const external = new Map(ctx.stacks.map((s) => [s.name, externalNetworks(s)]));
    const cohosted = (a: string, b: string): boolean => a === b || ctx.environment.name !== '' || [...external.get(a)!].some((n) => external.get(b)!.has(n));
    for (const stack of ctx.stacks) {
      for (const p of publishedPorts(stack)) {
        const first = seen.find(
          (s) =>
            s.protocol === p.protocol &&
            s.from <= p.to &&
            p.from <= s.to &&
            (WILDCARD.has(s.hostIp) || WILDCARD.has(p.hostIp) || s.hostIp === p.hostIp) &&
            cohosted(s.stack, p.stack) &&
            !isVariant(s, p),
        );
        if (first) {
          ctx.report({
            messageId: 'conflict',
            data: { service: p.service, port: p.text, other: first.service, otherStack: first.stack, where: `${first.loc.file}:${first.loc.line}` },
            at: p.loc,
          });
        }
        seen.push(p);
      }
    }
  },
});

/**
 * The same service in two stacks whose files sit in one directory (`docker-compose.yml` and
 * `docker-compose.build.yml`, the image and the build-from-source variant of one application): one
 * runs or the other, so their ports do not meet.
 */
function isVariant(a: Published, b: Published): boolean {
  return a.stack !== b.stack && a.service === b.service && path.posix.dirname(a.loc.file) === path.posix.dirname(b.loc.file);
}

/** Names of the external networks a stack joins (`networks: { proxy: { external: true, name: traefik } }` is traefik). */
function externalNetworks(stack: EffectiveStack): Set<string> {
  const networks = toPlain(stack.node.entries.get('networks'));
  const out = new Set<string>();
  if (!isRecord(networks)) return out;
  for (const [key, value] of Object.entries(networks)) {
    if (!isRecord(value)) continue;
    const external = value.external;
    if (external === true || external === 'true') out.add(typeof value.name === 'string' ? value.name : key);
    else if (isRecord(external)) out.add(typeof external.name === 'string' ? external.name : key); // the legacy `external: { name: x }`
  }
  return out;
}

function publishedPorts(stack: EffectiveStack): Published[] {
  const out: Published[] = [];
  for (const service of stack.services) {
    const ports = service.node.entries.get('ports');
    if (ports?.kind !== 'seq') continue;
    for (const item of ports.items) {
      const spec = specOf(item);
      if (!spec) continue;
      const range = /^(\d+)(?:-(\d+))?$/.exec(spec.published.trim());
      if (!range) continue;
      const from = Number(range[1]);
      const to = range[2] ? Number(range[2]) : from;
      const protocol = (spec.protocol || 'tcp').toLowerCase();
      const text = `${spec.hostIp ? `${spec.hostIp}:` : ''}${spec.published}/${protocol}`;
      out.push({ stack: stack.name, service: service.name, hostIp: spec.hostIp, from, to, protocol, text, loc: item.keyLoc ?? item.loc });
    }
  }
  return out;
}

function specOf(item: TreeNode): { hostIp: string; published: string; protocol: string } | undefined {
  if (item.kind === 'scalar') {
    if (item.value === null) return undefined;
    const p = parsePortSpec(String(item.value));
    return p && { hostIp: p.hostIp, published: p.published, protocol: p.protocol };
  }
  if (item.kind !== 'map') return undefined;
  const text = (k: string): string => {
    const n = item.entries.get(k);
    return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
  };
  return { hostIp: text('host_ip'), published: text('published'), protocol: text('protocol') };
}
