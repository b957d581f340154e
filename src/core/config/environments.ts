/**
 * The environments of a repository and which of them are production: what stackgate.yml's
 * `environments:` means, for Compose layering (compose/project.ts) and for manifests
 * (kubernetes/environment.ts). The schema of the section is in schema.ts.
 *
 * Nothing is invented: a repository has the environments its stackgate.yml names, or those its
 * Compose layout names (compose/project.ts), or none. Without any, Compose files are checked once,
 * as they are, under the unnamed environment.
 */
import { UserError } from '../errors';
import type { EnvironmentConfig, StackgateConfig } from './schema';

/** An environment and whether it is production (what checks of Compose stacks are told). */
export interface EnvironmentInfo {
  /** '' for the unnamed environment of a repository that has none. */
  name: string;
  isProduction: boolean;
}

/**
 * The one pass over the Compose files of a repository without environments. It counts as
 * production, as a manifest of no known environment does (kubernetes/environment.ts): what the
 * repository deploys is what serves, so the production checks apply.
 */
export const UNNAMED_ENVIRONMENT: EnvironmentInfo = Object.freeze({ name: '', isProduction: true });

/** Whether the environments are real ones (configured or from the layout), not the unnamed pass. */
export function hasNamedEnvironments(environments: readonly EnvironmentInfo[]): boolean {
  return environments.some((e) => e.name !== '');
}

/** Names a manifest's path segment or namespace is matched against when stackgate.yml names none. */
export const DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** The names manifests are matched against (kubernetes/environment.ts): those in stackgate.yml, or dev, staging and prod. */
export function environmentNames(config: StackgateConfig): string[] {
  const names = Object.keys(config.environments);
  return names.length ? names : [...DEFAULT_ENVIRONMENTS];
}

/** The environments stackgate.yml names: under `environments:`, else in the overrides of its `stacks:`. */
export function configuredEnvironmentNames(config: StackgateConfig): string[] {
  const names = Object.keys(config.environments);
  if (names.length) return names;
  return sortEnvironmentNames([...new Set(Object.values(config.stacks ?? {}).flatMap((s) => Object.keys(s.environments)))]);
}

export function isProductionEnvironment(config: StackgateConfig, name: string): boolean {
  return config.environments[name]?.production ?? isProductionName(name);
}

export function isProductionName(envName: string): boolean {
  return /^(prod|production|live)$/i.test(envName) || /[-_.]prod(uction)?$/i.test(envName);
}

const STAGES: RegExp[] = [
  /^(dev|devel|develop|development|local|sandbox)$/i,
  /^(test|testing|qa|uat|int|integration)$/i,
  /^(stage|staging|preprod|pre-prod|preproduction)$/i,
];

/**
 * Whether a directory or file-name part names an environment (`stacks/prod`, `compose.staging.yml`):
 * the usual names of the stages, and production names such as `eu-prod`. Anything else (a
 * `stacks/monitoring` next to `stacks/common`) is a stack, not an environment.
 */
export function isEnvironmentName(name: string): boolean {
  return STAGES.some((re) => re.test(name)) || isProductionName(name);
}

/** Environments in promotion order: development, test, staging, production; alphabetical within a stage. */
export function sortEnvironmentNames(names: readonly string[]): string[] {
  const stage = (name: string): number => {
    const i = STAGES.findIndex((re) => re.test(name));
    return i >= 0 ? i : isProductionName(name) ? STAGES.length : 1.5;
  };
  return [...names].sort((a, b) => stage(a) - stage(b) || a.localeCompare(b));
}

/**
 * The section of stackgate.yml for `name`, or a UserError naming the file and the environments it
 * has, with `hint` saying what to add (`deploy`, `gate`).
 */
export function environmentOf(config: StackgateConfig, configFile: string | undefined, name: string, section: string): EnvironmentConfig {
  const where = configFile ?? 'stackgate.yml';
  const found = config.environments[name];
  if (found) return found;
  const known = Object.keys(config.environments);
  throw new UserError(`environment "${name}" is not in ${where}${known.length ? ` (environments: ${known.join(', ')})` : ''}`, {
    file: configFile,
    hint: `add environments.${name}.${section} to ${where}`,
  });
}
