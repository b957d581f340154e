/**
 * Where a repository check reports something that is missing altogether (no alert rule, no log
 * shipper): stackgate.yml when there is one, else the README, else the repository itself.
 */
import type { Loc } from '../source/yaml-tree';

export function missingLocation(ctx: { configFile?: string; paths: readonly string[] }): Loc {
  if (ctx.configFile) return { file: ctx.configFile, line: 1, column: 1 };
  const readme = ctx.paths.find((p) => /^readme(\.[a-z]+)?$/i.test(p));
  return { file: readme ?? '.', line: 1, column: 1 };
}
