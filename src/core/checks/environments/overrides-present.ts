import path from 'node:path';
import type { StackDefinition } from '../../compose/project';
import { hasNamedEnvironments } from '../../config/environments';
import { findMcpServices } from '../../services/list-services';
import { defineCheck } from '../types';

export default defineCheck({
  id: 'environments/overrides-present',
  target: 'repository',
  meta: {
    title: 'Compose stack has no override for an environment',
    category: 'operations',
    severity: 'warning',
    rationale:
      'Without a per-environment override every endpoint runs the base file as is: production gets development log levels and limits, images cannot be pinned per environment, and promotion from staging to production is not a change anyone can review. A stack that has overrides for some environments but not others is usually one that was forgotten when an environment was added. A shared stack without any override (monitoring deployed once per site) is fine unless it runs MCP servers or no stack of the repository is layered at all.',
    remediation:
      'Add an override file per environment, e.g. `stacks/<env>/docker-compose.yml` next to `stacks/common/docker-compose.yml`, or `docker-compose.<env>.yml` next to `docker-compose.yml` (an empty `services: {}` is fine), or map the files in stackgate.yml `stacks.<name>.environments`.',
    messages: {
      missing: 'stack "{{stack}}" has no override for environment(s) {{environments}}; expected {{expected}}',
    },
  },
  check(ctx) {
    const { stacks, environments } = ctx.compose;
    // Without environments (none configured, no stacks/<env> layout) there is nothing to override.
    if (!stacks.length || !hasNamedEnvironments(environments)) return ctx.notApplicable();
    const names = environments.map((e) => e.name);
    const specific = (stack: StackDefinition, env: string): string[] => {
      // Files applied in every environment (docker-compose.override.yml) are not environment overrides.
      const always = names.length > 1 ? (stack.environments[names[0]] ?? []).filter((f) => names.every((n) => (stack.environments[n] ?? []).includes(f))) : [];
      return (stack.environments[env] ?? []).filter((f) => !always.includes(f));
    };
    const anyLayered = stacks.some((s) => names.some((n) => specific(s, n).length));
    const mcpStacks = new Set(
      findMcpServices({ config: ctx.config, compose: ctx.compose, kubernetes: ctx.kubernetes })
        .filter((s) => s.platform === 'compose')
        .map((s) => s.stack),
    );
    for (const stack of stacks) {
      const missing = names.filter((n) => !specific(stack, n).length);
      if (!missing.length) continue;
      if (missing.length === names.length && anyLayered && !mcpStacks.has(stack.name)) continue;
      ctx.report({
        messageId: 'missing',
        data: { stack: stack.name, environments: missing.join(', '), expected: missing.map((env) => expectedOverride(stack.files[0], env)).join(', ') },
        at: { file: stack.files[0], line: 1, column: 1 },
      });
    }
  },
});

/** Where the convention looks for an override: stacks/<env>/<file> for a stacks/common base, else <name>.<env>.yml beside it. */
function expectedOverride(base: string, env: string): string {
  const dir = path.posix.dirname(base);
  const file = path.posix.basename(base);
  if (path.posix.basename(dir) === 'common') {
    const parent = path.posix.dirname(dir);
    return parent === '.' ? `${env}/${file}` : `${parent}/${env}/${file}`;
  }
  const ext = path.posix.extname(file);
  return `${dir === '.' ? '' : `${dir}/`}${file.slice(0, -ext.length)}.${env}${ext}`;
}
