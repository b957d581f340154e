/**
 * The promotion path of the environments, in their configured order (dev, staging, prod by
 * default): each production environment is promoted from the closest non-production
 * environment before it, which is where its services were last tested.
 */
import type { EnvironmentInfo } from '../types';

export interface Promotion {
  from: EnvironmentInfo;
  to: EnvironmentInfo;
}

export function promotions(environments: readonly EnvironmentInfo[]): Promotion[] {
  const out: Promotion[] = [];
  environments.forEach((env, i) => {
    if (!env.isProduction) return;
    const from = environments
      .slice(0, i)
      .reverse()
      .find((e) => !e.isProduction);
    if (from) out.push({ from, to: env });
  });
  return out;
}

/** Development environments may run extra services (debuggers, inspectors, local databases). */
export function isDevelopmentName(name: string): boolean {
  return /^(dev|devel|develop|development|local|sandbox)$/i.test(name) || /^(dev|local)[-_.]|[-_.](dev|local)$/i.test(name);
}
