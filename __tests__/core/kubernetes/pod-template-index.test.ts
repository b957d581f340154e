/**
 * The Services that select a workload's pods, looked up through the per-run index, are exactly the
 * ones a scan of every object finds (sameNamespace + matchesLabelMap), in manifest order.
 */
import { matchesLabelMap, sameNamespace } from '../../../src/core/kubernetes/label-selector';
import { monitorsIn, servicesSelecting } from '../../../src/core/kubernetes/pod-template-index';
import type { KubernetesObject } from '../../../src/core/kubernetes/objects';
import { parseYaml } from '../../../src/core/source/yaml-tree';

function object(kind: string, name: string, namespace: string | undefined, spec: Record<string, unknown>): KubernetesObject {
  const value = { apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) }, spec };
  const root = parseYaml('x.yaml', JSON.stringify(value)).documents[0].root!;
  return { file: 'x.yaml', docIndex: 0, apiVersion: 'v1', kind, name, namespace, root: root as KubernetesObject['root'], value, loc: root.loc };
}

const svc = (name: string, ns: string | undefined, selector: unknown) => object('Service', name, ns, { selector });
const objects: KubernetesObject[] = [
  svc('a', 'prod', { app: 'web' }),
  svc('b', 'prod', { tier: 'api', app: 'web' }),
  svc('c', 'dev', { app: 'web' }),
  svc('d', undefined, { app: 'web' }),
  svc('e', 'prod', { app: 'web', tier: 'db' }),
  svc('f', 'prod', {}),
  svc('g', 'prod', undefined),
  svc('h', 'prod', { app: 'other' }),
  object('ServiceMonitor', 'm', 'prod', {}),
  object('PodMonitor', 'p', 'dev', {}),
];

test.each([
  ['prod', { app: 'web', tier: 'api' }],
  ['dev', { app: 'web' }],
  [undefined, { app: 'web', tier: 'db' }],
  ['staging', { app: 'web' }],
  ['prod', {}],
])('a workload in %s with labels %j: the same Services as a full scan, in order', (namespace, labels) => {
  const workload = object('Deployment', 'w', namespace, {});
  const expected = objects
    .filter((s) => s.kind === 'Service' && sameNamespace(s, workload) && matchesLabelMap(s.value.spec?.selector, labels))
    .map((s) => s.name);
  expect(servicesSelecting(workload, labels, objects).map((s) => s.name)).toEqual(expected);
});

test('the monitors of a run', () => {
  expect(monitorsIn(objects).map((m) => m.name)).toEqual(['m', 'p']);
});
