/** A service's `depends_on` entries in list or map syntax, with the path of each entry. */
import type { MapNode } from '../../source/yaml-tree';

export interface Dependency {
  name: string;
  /** `condition` as written; undefined for the list syntax (which means service_started). */
  condition?: string;
  isRequired: boolean;
  /** Path of the entry inside the service. */
  path: (string | number)[];
}

export function dependenciesOf(service: MapNode): Dependency[] {
  const node = service.entries.get('depends_on');
  if (node?.kind === 'seq') {
    return node.items.flatMap((item, i) =>
      item.kind === 'scalar' && typeof item.value === 'string' ? [{ name: item.value, isRequired: true, path: ['depends_on', i] }] : [],
    );
  }
  if (node?.kind !== 'map') return [];
  return [...node.entries].map(([name, entry]) => {
    const field = (k: string): unknown =>
      entry.kind === 'map' && entry.entries.get(k)?.kind === 'scalar' ? (entry.entries.get(k) as { value: unknown }).value : undefined;
    const condition = field('condition');
    const required = field('required');
    return {
      name,
      condition: typeof condition === 'string' ? condition : undefined,
      isRequired: required !== false && required !== 'false',
      path: ['depends_on', name],
    };
  });
}

/**
 * Whether a service is a one-shot job: another service of its stack waits for it to complete
 * (`depends_on: { job: { condition: service_completed_successfully } }`), as an init, migration or
 * model-download container. It runs once and exits: it must not restart, and its logs stop growing.
 */
export function isOneShotJob(services: readonly { node: MapNode }[], name: string): boolean {
  return services.some((s) => dependenciesOf(s.node).some((d) => d.name === name && d.condition === 'service_completed_successfully'));
}
