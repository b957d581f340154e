/**
 * The environments of a repository and which of them are production: what stackgate.yml's
 * `environments:` means, for Compose layering (compose/project.ts) and for manifests
 * (kubernetes/environment.ts). The schema of the section is in schema.ts.
 */
import type { StackgateConfig } from './schema';

/** An environment and whether it is production (what checks of Compose stacks are told). */
export interface EnvironmentInfo {
  name: string;
  isProduction: boolean;
}

export const DEFAULT_ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** The environments of a repository: those in stackgate.yml, or dev, staging and prod. */
export function environmentNames(config: StackgateConfig): string[] {
  const names = Object.keys(config.environments);
  return names.length ? names : [...DEFAULT_ENVIRONMENTS];
}

export function isProductionEnvironment(config: StackgateConfig, name: string): boolean {
  return config.environments[name]?.production ?? isProductionName(name);
}

export function isProductionName(envName: string): boolean {
  return /^(prod|production|live)$/i.test(envName) || /[-_.]prod(uction)?$/i.test(envName);
}
