import { configuredEnvironmentNames, hasNamedEnvironments, type EnvironmentInfo } from '../../config/environments';
import { directoryLayoutEnvironments, stackFiles } from '../../compose/project';
import { manifestEnvironment } from '../../services/list-services';
import { missingLocation } from '../missing-location';
import { defineCheck, type RepositoryContext } from '../types';

export default defineCheck({
  id: 'environments/production-defined',
  target: 'repository',
  meta: {
    title: 'No production environment is defined',
    category: 'operations',
    severity: 'warning',
    rationale:
      'The strictest checks (resource limits, restart policies, pinned images, secrets) apply to production only, and promotion, smoke tests and gates are defined per environment. A repository whose production deployment cannot be told apart from development gets none of that, and the readiness score says nothing about what actually serves users.',
    remediation:
      'Name the production environment in stackgate.yml (`environments: { prod: { production: true } }`) and give it its deployment: a Compose override (`stacks/prod/docker-compose.yml`) or Kubernetes manifests under a production path or namespace (`environments.prod.kubernetes.paths`).',
    messages: {
      noProduction: 'none of the environments ({{environments}}) is a production environment; mark one with `production: true` in stackgate.yml',
      empty:
        'production environment(s) {{environments}} have no deployment of their own: no Compose override for them and no Kubernetes manifests in their paths or namespaces',
    },
  },
  check(ctx) {
    const { stacks } = ctx.compose;
    if (!stacks.length && !ctx.kubernetes.length) return ctx.notApplicable();
    // The environments of stackgate.yml or the Compose layout; else those the manifests' paths and
    // namespaces name. A repository that names none deploys what it has, as production.
    const environments = hasNamedEnvironments(ctx.compose.environments) ? ctx.compose.environments : manifestEnvironments(ctx);
    if (!environments.length) return ctx.notApplicable();
    const production = environments.filter((e) => e.isProduction);
    if (!production.length) {
      // Override files beside a base one (docker-compose.dev.yml) name only what is not deployed:
      // the base files are. Unless stackgate.yml or the per-environment directory layout says so,
      // nothing claims a deployment model whose production is missing.
      if (!isDeclaredModel(ctx) && environments === ctx.compose.environments) return ctx.notApplicable();
      ctx.report({ messageId: 'noProduction', data: { environments: environments.map((e) => e.name).join(', ') }, at: missingLocation(ctx) });
      return;
    }
    const explicit = (name: string): boolean => name in ctx.config.environments;
    const hasDeployment = production.some(
      (env) =>
        stacks.some((s) => (s.environments[env.name] ?? []).length > 0 || explicit(env.name)) ||
        ctx.kubernetes.some((o) => manifestEnvironment(o, ctx.config).name === env.name),
    );
    if (!hasDeployment) ctx.report({ messageId: 'empty', data: { environments: production.map((e) => e.name).join(', ') }, at: missingLocation(ctx) });
  },
});

/** Whether the environments are stackgate.yml's or those of the stacks/common + stacks/<env> directory layout. */
function isDeclaredModel(ctx: RepositoryContext<string, unknown>): boolean {
  if (configuredEnvironmentNames(ctx.config).length || ctx.config.stacks) return true;
  const files = ctx.compose.stacks.flatMap(stackFiles);
  return directoryLayoutEnvironments(files).length > 0;
}

/** The environments Kubernetes manifests belong to (config paths and namespaces, path segments, namespace names), once each. */
function manifestEnvironments(ctx: RepositoryContext<string, unknown>): EnvironmentInfo[] {
  const byName = new Map<string, EnvironmentInfo>();
  for (const object of ctx.kubernetes) {
    const { name, isProduction } = manifestEnvironment(object, ctx.config);
    if (name && !byName.has(name)) byName.set(name, { name, isProduction });
  }
  return [...byName.values()];
}
