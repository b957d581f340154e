import { containersOf, objectLabel, probedContainersOf } from '../../kubernetes/objects';
import { defineCheck } from '../types';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

export default defineCheck({
  id: 'kubernetes/probe-port',
  target: 'kubernetes-object',
  meta: {
    title: 'Probe targets a port the pod does not declare',
    category: 'reliability',
    severity: 'warning',
    rationale:
      'A probe on a named port that the container does not declare can never run: the kubelet fails it, so the pod is never ready or is restarted forever. A probe on a number that no container of the pod declares, when the container does declare its ports, is usually a typo or a port that moved (the server listens on 8080, the probe knocks on 8000), and the probe then fails or checks the wrong process. kube-linter (liveness-port, readiness-port, startup-port) flags both. The probes of sidecars a service mesh injects (istio-proxy, linkerd-proxy) belong to the mesh and are not checked.',
    remediation: 'Point the probe at a port the container lists under `ports` (by its `name`, so both change together), or add the missing `containerPort`.',
    messages: {
      unknownName: '{{object}}: container "{{container}}" {{probe}} uses port "{{port}}", which the container does not declare (ports: {{declared}})',
      undeclaredNumber: '{{object}}: container "{{container}}" {{probe}} uses port {{port}}, which no container of the pod declares (ports: {{declared}})',
    },
  },
  check(ctx) {
    const containers = containersOf(ctx.object);
    const podPorts = new Set<number>();
    for (const c of containers) for (const p of declaredPorts(c.value)) if (p.number !== undefined) podPorts.add(p.number);
    for (const c of probedContainersOf(ctx.object)) {
      const own = declaredPorts(c.value);
      const declared = own.map((p) => (p.name ? `${p.name}=${p.number ?? '?'}` : String(p.number ?? '?'))).join(', ') || 'none';
      for (const probe of PROBES) {
        const spec = c.value[probe];
        if (!spec || typeof spec !== 'object') continue;
        for (const handler of HANDLERS) {
          const h = spec[handler];
          if (!h || typeof h !== 'object') continue;
          const port: unknown = h.port;
          const at = [...c.path, probe, handler, 'port'];
          const data = { object: objectLabel(ctx.object), container: c.name, probe, declared };
          if (typeof port === 'string' && !/^\d+$/.test(port)) {
            // A `${VAR}`/`{{ }}` placeholder is filled in later; only a real name can be judged.
            if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(port)) continue;
            if (!own.some((p) => p.name === port)) ctx.report({ messageId: 'unknownName', data: { ...data, port }, at });
            continue;
          }
          const number = typeof port === 'number' ? port : typeof port === 'string' ? Number(port) : NaN;
          // A container without `ports` may listen anywhere: declaring ports is optional.
          if (!Number.isInteger(number) || !own.length || podPorts.has(number)) continue;
          ctx.report({ messageId: 'undeclaredNumber', data: { ...data, port: number }, at });
        }
      }
    }
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function declaredPorts(container: Record<string, any>): { name?: string; number?: number }[] {
  const ports: unknown = container.ports;
  if (!Array.isArray(ports)) return [];
  return ports.flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return [];
    const { name, containerPort } = p as Record<string, unknown>;
    const number =
      typeof containerPort === 'number' ? containerPort : typeof containerPort === 'string' && /^\d+$/.test(containerPort) ? Number(containerPort) : undefined;
    return [{ name: typeof name === 'string' ? name : undefined, number }];
  });
}
