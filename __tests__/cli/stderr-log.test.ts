/** The CLI's Logger: what a use case logs reaches stderr as `stackgate:` lines, never stdout; debug only on a debug run. */
import { isDebugRun, stderrLog } from '../../src/cli/stderr-log';

function capture(isDebug: boolean) {
  let stderr = '';
  const log = stderrLog({ stderr: { write: (s: string) => (stderr += s) } }, isDebug);
  return { log, stderr: () => stderr };
}

test('info, warning and error are one stackgate: line each on stderr; debug lines are dropped outside a debug run', () => {
  const { log, stderr } = capture(false);
  log.info('scored 2 trees');
  log.warning('cannot compare with main');
  log.error('the comment was not posted');
  log.debug('listed 1 page of comments');
  expect(stderr()).toBe('stackgate: scored 2 trees\nstackgate: cannot compare with main\nstackgate: the comment was not posted\n');
});

test('on a debug run, debug lines are printed too', () => {
  const { log, stderr } = capture(true);
  log.debug('listed 1 page of comments');
  expect(stderr()).toBe('stackgate: listed 1 page of comments\n');
});

test('a group prints no heading and hands back its work', async () => {
  const { log, stderr } = capture(true);
  await expect(log.group('Validate', async () => 42)).resolves.toBe(42);
  expect(stderr()).toBe('');
});

test.each<[string[], Record<string, string>, boolean]>([
  [['validate', '--debug'], {}, true],
  [['validate'], { RUNNER_DEBUG: '1' }, true],
  [['validate'], { RUNNER_DEBUG: '0' }, false],
  [['validate'], {}, false],
])('%j with %j is a debug run: %s', (argv, env, expected) => {
  expect(isDebugRun(argv, env)).toBe(expected);
});
