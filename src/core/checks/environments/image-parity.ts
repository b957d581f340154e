import type { EffectiveService } from '../../compose/types';
import { parseImageReference } from '../../kubernetes/image-reference';
import type { Loc } from '../../source/yaml-tree';
import { defineCheck } from '../types';
import { promotions } from './_promotion';

export default defineCheck({
  id: 'environments/image-parity',
  target: 'repository',
  meta: {
    title: 'Production runs a different image repository than the environment before it',
    category: 'supply-chain',
    severity: 'info',
    rationale:
      'Promotion moves the same artifact from staging to production; only the tag (or digest) changes. When production pulls from another repository or registry (a fork, a public image instead of the rebuilt one, a typo), what runs in production was never tested, and a vulnerability scan of the staging image says nothing about it.',
    remediation:
      'Use the same image repository in every environment and let the overrides change only the tag or digest, e.g. `ghcr.io/acme/mcp-fetch:1.4.2` in staging and production.',
    messages: {
      different: 'service "{{service}}" of stack {{stack}} runs image repository {{production}} in {{productionEnv}} but {{previous}} in {{previousEnv}}',
    },
  },
  check(ctx) {
    const pairs = promotions(ctx.compose.environments);
    if (!pairs.length || !ctx.compose.stacks.length) return ctx.notApplicable();
    const baseFiles = new Map(ctx.compose.stacks.map((s) => [s.name, new Set(s.files)]));
    for (const { from, to } of pairs) {
      const before = new Map((ctx.compose.effective.get(from.name) ?? []).flatMap((st) => st.services.map((s) => [`${st.name}/${s.name}`, s] as const)));
      for (const stack of ctx.compose.effective.get(to.name) ?? []) {
        for (const s of stack.services) {
          const prev = before.get(`${stack.name}/${s.name}`);
          const a = imageOf(s);
          const b = prev && imageOf(prev);
          if (!a || !b || a.repository === b.repository) continue;
          // Point at the layer that made them differ: the production override, or else the other environment's.
          const at = baseFiles.get(stack.name)?.has(a.loc.file) ? b.loc : a.loc;
          ctx.report({
            messageId: 'different',
            data: { service: s.name, stack: stack.name, production: a.repository, productionEnv: to.name, previous: b.repository, previousEnv: from.name },
            at,
          });
        }
      }
    }
  },
});

function imageOf(s: EffectiveService): { repository: string; loc: Loc } | undefined {
  const node = s.node.entries.get('image');
  if (node?.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.trim()) return undefined;
  return { repository: normalizeRepository(node.value), loc: node.keyLoc ?? node.loc };
}

/** `nginx`, `docker.io/library/nginx` and `index.docker.io/library/nginx` are the same repository. */
function normalizeRepository(image: string): string {
  let name = parseImageReference(image).name.toLowerCase();
  name = name.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  return name.replace(/^library\/(?=[^/]+$)/, '');
}
