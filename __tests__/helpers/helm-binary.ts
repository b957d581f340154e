/**
 * The helm the rendering tests run: `helm` on PATH, or the file HELM_BINARY names. CI has no helm,
 * so unlike promtool (helpers/required-tool.ts) a missing helm skips those tests with a note, in CI
 * too; the tests of the path without helm always run.
 */
import { spawnSync } from 'node:child_process';

export const HELM_BINARY = process.env.HELM_BINARY || 'helm';

export function describeWithHelm(suite: string): jest.Describe {
  const probe = spawnSync(HELM_BINARY, ['version', '--short'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return describe;
  process.stderr.write(`${suite}: tests that render charts with helm skipped, ${HELM_BINARY} cannot run; install helm (or set HELM_BINARY) to run them\n`);
  return describe.skip;
}
