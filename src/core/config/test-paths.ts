/** `testPaths` of stackgate.yml: where test fixtures and CI scaffolding live (not deployments). */
import picomatch from 'picomatch';
import type { StackgateConfig } from './schema';

const matchers = new WeakMap<StackgateConfig, (file: string) => boolean>();

/** Whether a repository-relative file is under one of the config's test paths. */
export function isTestPath(config: StackgateConfig, file: string): boolean {
  let match = matchers.get(config);
  if (!match) {
    match = config.testPaths.length ? picomatch(config.testPaths, { dot: true }) : () => false;
    matchers.set(config, match);
  }
  return match(file);
}
