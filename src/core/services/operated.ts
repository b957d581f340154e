/**
 * Whether a repository is operated: it describes something that is deployed to environments and
 * run, rather than a library, a tool or a collection of examples. Operational checks (runbooks,
 * backups, alerting, log shipping, CI gates; CheckMeta.operatedOnly) apply only there: asking an
 * example repository for runbooks is noise that teaches users to switch the gate off.
 *
 * Signals, any one of which is enough:
 * - stackgate.yml names environments (`environments:`, per-stack or smoke-test environments) or MCP services;
 * - the Compose layout names environments (stacks/common + stacks/<env>, compose.<env>.yml);
 * - a Kubernetes manifest belongs to a named environment (a path segment or namespace such as
 *   overlays/prod, clusters/staging, namespace mcp-dev);
 * - the repository holds what a GitOps reconciler applies: a Flux Kustomization or HelmRelease,
 *   an Argo CD Application or ApplicationSet.
 */
import { configuredEnvironmentNames, hasNamedEnvironments } from '../config/environments';
import { environmentOfManifest } from '../kubernetes/environment';
import type { ServiceSources } from './list-services';

const RECONCILED_KINDS: ReadonlyArray<readonly [group: string, kind: string]> = [
  ['kustomize.toolkit.fluxcd.io', 'Kustomization'],
  ['helm.toolkit.fluxcd.io', 'HelmRelease'],
  ['argoproj.io', 'Application'],
  ['argoproj.io', 'ApplicationSet'],
];

/** Why the repository counts as operated (one reason, for messages and `--verbose`), or undefined when it does not. */
export function operatedBecause(sources: ServiceSources): string | undefined {
  const { config, compose, kubernetes } = sources;
  const configured = configuredEnvironmentNames(config);
  if (configured.length) return `stackgate.yml names environments (${configured.join(', ')})`;
  if (config.mcp.services?.length) return 'stackgate.yml lists MCP services';
  const smoked = Object.keys(config.smoke.environments);
  if (smoked.length) return `stackgate.yml smoke-tests environments (${smoked.join(', ')})`;
  if (hasNamedEnvironments(compose.environments)) return `the Compose layout names environments (${compose.environments.map((e) => e.name).join(', ')})`;
  for (const obj of kubernetes) {
    const group = obj.apiVersion?.split('/')[0];
    const reconciled = RECONCILED_KINDS.find(([g, k]) => g === group && k === obj.kind);
    if (reconciled) return `${obj.file} is a ${reconciled[1]} a GitOps controller applies`;
    const env = environmentOfManifest(obj, config);
    if (env) return `${obj.file} is deployed to ${env}`;
  }
  return undefined;
}

export function isOperatedRepository(sources: ServiceSources): boolean {
  return operatedBecause(sources) !== undefined;
}
