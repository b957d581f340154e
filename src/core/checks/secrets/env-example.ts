import { stackFiles } from '../../compose/project';
import path from 'node:path';
import { parseEnvFile } from '../../compose/env-file';
import { interpolateString } from '../../compose/interpolate';
import type { Loc, TreeNode } from '../../source/yaml-tree';
import { defineCheck } from '../types';

/** Set by every shell that runs `docker compose`. */
const SHELL_VARIABLES = new Set(['HOME', 'USER', 'PWD', 'PATH', 'HOSTNAME', 'SHELL', 'TMPDIR', 'LANG']);

export default defineCheck({
  id: 'secrets/env-example',
  target: 'repository',
  meta: {
    title: 'Required Compose variable is not documented',
    category: 'operations',
    severity: 'info',
    rationale:
      "A Compose file that uses `${GITHUB_TOKEN}` or `${DB_PASSWORD:?}` without a default only starts where someone knows to set them. When the list lives in nobody's head, a new Portainer endpoint or a restored host comes up with empty credentials (Compose substitutes an empty string for a plain `${VAR}`), and the failure shows at runtime, not at deploy time.",
    remediation:
      'List every required variable, with a placeholder and a comment, in a committed `.env.example` next to the Compose file (never the real value), or give it a value per environment in stackgate.yml `environments.<env>.variables`.',
    messages: {
      undocumented:
        'variable "{{variable}}" is required by the Compose files (no default) but no .env.example, env file or stackgate.yml `environments.*.variables` lists it',
    },
  },
  check(ctx) {
    const files = [...new Set(ctx.compose.stacks.flatMap(stackFiles))].sort();
    const firstUse = new Map<string, Loc>();
    for (const file of files) {
      for (const doc of ctx.yaml(file)?.documents ?? []) {
        walk(doc.root, (value, loc) => {
          for (const issue of interpolateString(value, {}).issues) {
            if ((issue.kind === 'undefined' || issue.kind === 'required') && issue.variable && !firstUse.has(issue.variable)) firstUse.set(issue.variable, loc);
          }
        });
      }
    }
    for (const v of SHELL_VARIABLES) firstUse.delete(v);
    if (!firstUse.size) return ctx.notApplicable();
    const documented = new Set<string>();
    for (const env of Object.values(ctx.config.environments)) Object.keys(env.variables).forEach((k) => documented.add(k));
    for (const file of ctx.paths) {
      if (!isEnvFile(path.posix.basename(file))) continue;
      Object.keys(parseEnvFile(ctx.read(file) ?? '').vars).forEach((k) => documented.add(k));
      // Commented-out entries (`# GITHUB_TOKEN=`) document a variable too.
      for (const m of (ctx.read(file) ?? '').matchAll(/^\s*#\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) documented.add(m[1]);
    }
    for (const [variable, loc] of firstUse) {
      if (!documented.has(variable)) ctx.report({ messageId: 'undocumented', data: { variable }, at: loc });
    }
  },
});

function isEnvFile(base: string): boolean {
  return /^\.env(\..+)?$/.test(base) || /\.env(\.(example|sample|template|dist))?$/.test(base) || /^env\.(example|sample|template|dist)$/.test(base);
}

/** Every string scalar of a Compose file that Compose interpolates (extension fields are not). */
function walk(node: TreeNode | null | undefined, visit: (value: string, loc: Loc) => void, key = ''): void {
  if (!node || key.startsWith('x-')) return;
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string' && node.value.includes('$')) visit(node.value, node.loc);
  } else if (node.kind === 'seq') node.items.forEach((i) => walk(i, visit));
  else for (const [k, v] of node.entries) walk(v, visit, k);
}
