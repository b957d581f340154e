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
