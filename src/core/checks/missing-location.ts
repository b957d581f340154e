/**
 * Where a repository check reports something that is missing altogether (no alert rule, no log
 * shipper): stackgate.yml when the repository has one, else the README, else the repository itself.
 */
import path from 'node:path';
import type { Loc } from '../source/yaml-tree';

export function missingLocation(ctx: { configFile?: string; paths: readonly string[] }): Loc {
  // A --config from outside the repository is no place in it to point at.
  if (ctx.configFile && !ctx.configFile.startsWith('../') && !path.isAbsolute(ctx.configFile)) return { file: ctx.configFile, line: 1, column: 1 };
  const readme = ctx.paths.find((p) => /^readme(\.[a-z]+)?$/i.test(p));
  return { file: readme ?? '.', line: 1, column: 1 };
}
