/**
 * Tests that run a real external program (promtool). On a developer's machine without it they are
 * skipped with a note on stderr, as the MCP conformance suite is without `unshare -n`; in CI (the
 * CI variable set, and not "false" or "0") a missing program fails the suite instead, so CI cannot
 * lose those tests silently.
 */
import { spawnSync } from 'node:child_process';

export interface RequiredTool {
  /** The program, looked up on PATH, and arguments that make it exit 0 when it works. */
  command: string;
  probeArgs: string[];
  /** How to install it, for the note and the error. */
  install: string;
  /** The test file, for the note. */
  suite: string;
}

export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * `describe` when the program runs. Otherwise: in CI, throws (the suite fails to run, naming the
 * program and how to install it); elsewhere, writes a note and returns `describe.skip`.
 */
export function describeWithTool(
  tool: RequiredTool,
  env: NodeJS.ProcessEnv = process.env,
  note: (line: string) => void = (line) => process.stderr.write(line),
): jest.Describe {
  const probe = spawnSync(tool.command, tool.probeArgs, { encoding: 'utf8', env });
  if (!probe.error && probe.status === 0) return describe;
  const why = probe.error ? probe.error.message : `\`${tool.command} ${tool.probeArgs.join(' ')}\` exited with ${probe.status ?? probe.signal}`;
  if (isCi(env)) throw new Error(`${tool.suite}: ${tool.command} cannot run (${why}), and CI must run these tests: ${tool.install}`);
  note(`${tool.suite}: tests that need ${tool.command} skipped, it cannot run (${why}); ${tool.install} to run them (with CI=true they fail instead)\n`);
  return describe.skip;
}
