import { suggest } from '../../did-you-mean';
import { toPlain, type TreeNode, type TreePath } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { volumeMountsOf } from './_volume-mounts';

type Section = 'networks' | 'volumes' | 'secrets' | 'configs';

interface Reference {
  section: Section;
  name: string;
  path: TreePath;
}

const SINGULAR: Record<Section, string> = { networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config' };

/** The networks, named volumes, secrets and configs a service refers to, with their paths in the service. */
function referencesOf(service: TreeNode): Reference[] {
  if (service.kind !== 'map') return [];
  const out: Reference[] = [];
  const networks = service.entries.get('networks');
  if (networks?.kind === 'seq') {
    networks.items.forEach((n, i) => {
      if (n.kind === 'scalar' && typeof n.value === 'string' && n.value) out.push({ section: 'networks', name: n.value, path: ['networks', i] });
    });
  } else if (networks?.kind === 'map') {
    for (const name of networks.entries.keys()) out.push({ section: 'networks', name, path: ['networks', name] });
  }
  const volumes = service.entries.get('volumes');
  for (const m of volumeMountsOf(volumes ? toPlain(volumes) : undefined)) {
    // Only named volumes are declared at the top level; binds, tmpfs and anonymous volumes are not.
    if (m.type === 'volume' && m.source && !m.source.includes('$')) out.push({ section: 'volumes', name: m.source, path: ['volumes', m.index] });
  }
  for (const section of ['secrets', 'configs'] as const) {
    const list = service.entries.get(section);
    if (list?.kind !== 'seq') continue;
    list.items.forEach((item, i) => {
      if (item.kind === 'scalar' && typeof item.value === 'string' && item.value) out.push({ section, name: item.value, path: [section, i] });
      if (item.kind === 'map') {
        const source = item.entries.get('source');
        if (source?.kind === 'scalar' && typeof source.value === 'string' && source.value)
          out.push({ section, name: source.value, path: [section, i, 'source'] });
      }
    });
  }
  return out;
}

export default defineCheck({
  id: 'compose/undefined-reference',
  target: 'compose-service',
  meta: {
    title: 'Service uses a network, volume, secret or config the file does not declare',
    category: 'correctness',
    severity: 'error',
    rationale:
      '`docker compose up` refuses the whole stack ("service "web" refers to undefined network backend", "undefined volume", "undefined secret") when a service names a network, named volume, secret or config that the top-level `networks`, `volumes`, `secrets` or `configs` section does not declare; usually a typo or a declaration that an override removed. dclint reports it.',
    remediation:
      'Declare it at the top level (`volumes: { pgdata: {} }`, `networks: { backend: {} }`, `secrets: { api_token: { file: ./secrets/api_token } }`), use `external: true` for one created outside the stack, or fix the name.',
    messages: {
      undefined: 'service "{{service}}" uses {{kind}} "{{name}}", which the top-level {{section}} of stack "{{stack}}" does not declare{{hint}}',
    },
  },
  check(ctx) {
    const top = ctx.stack.node;
    // Declarations may come from included files, which are not part of the effective stack.
    if (top.entries.has('include')) return;
    for (const ref of referencesOf(ctx.service.node)) {
      if (ref.section === 'networks' && ref.name === 'default') continue;
      const declared = top.entries.get(ref.section);
      const names = declared?.kind === 'map' ? [...declared.entries.keys()] : [];
      if (names.includes(ref.name)) continue;
      const suggestion = suggest(ref.name, names);
      ctx.report({
        messageId: 'undefined',
        data: {
          service: ctx.service.name,
          kind: SINGULAR[ref.section],
          name: ref.name,
          section: ref.section,
          stack: ctx.stack.name,
          hint: suggestion ? `; did you mean "${suggestion}"?` : '',
        },
        at: ref.path,
      });
    }
  },
});
