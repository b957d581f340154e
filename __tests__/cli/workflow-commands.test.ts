/**
 * `stackgate` in a workflow's run: step: its stdout is the step's log, read for workflow commands.
 * Under GITHUB_ACTIONS=true, results quoting a hostile repository are printed so that the runner
 * obeys none of it, and machine formats still parse to the same value.
 */
import { neutraliseWorkflowCommands } from '../../src/core/report/workflow-commands';
import { runCli } from '../helpers/cli';
import { obeyedCommands } from '../helpers/runner-commands';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';
import { parseXml } from '../helpers/xml';

describe('results printed in a GitHub Actions step', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = tempRepo({
      '::warning title=pwn::injected/docker-compose.yml': 'services:\n  "##[add-mask]injected":\n    image: nginx:1.27\n  "web::error::x":\n    image: nginx\n',
    });
  });
  afterAll(() => repo.cleanup());

  test.each(['text', 'markdown', 'json', 'sarif', 'junit'])('validate -f %s: the runner obeys nothing, the text is still there', async (format) => {
    const plain = await runCli(['validate', '.', '-f', format], repo.root);
    const inActions = await runCli(['validate', '.', '-f', format], repo.root, { GITHUB_ACTIONS: 'true' });
    expect(obeyedCommands(plain.stdout).length).toBeGreaterThan(0); // the attack works on the raw output…
    expect(obeyedCommands(inActions.stdout)).toEqual([]); // …and not on what stackgate prints in a step
    if (format === 'json' || format === 'sarif') expect(JSON.parse(inActions.stdout)).toEqual(JSON.parse(plain.stdout));
    else if (format === 'junit') expect(parseXml(inActions.stdout)).toEqual(parseXml(plain.stdout));
    else {
      const sameButTiming = (s: string) => s.replace(/\u200b/g, '').replace(/ in \d+(?:\.\d+)?m?s\b/g, '');
      expect(sameButTiming(inActions.stdout)).toBe(sameButTiming(plain.stdout));
    }
  });

  test('secrets and score print through the same filter', async () => {
    for (const args of [
      ['secrets', '.', '--mode', 'tree'],
      ['score', '.'],
    ]) {
      const r = await runCli(args, repo.root, { GITHUB_ACTIONS: 'true' });
      expect(obeyedCommands(r.stdout)).toEqual([]);
    }
  });
});

test('XML: a text line starting with :: and a ##[ in an attribute read back the same', () => {
  const xml = '<a b="x##[error]y">\n::warning::z\n</a>';
  const out = neutraliseWorkflowCommands('xml', xml);
  expect(obeyedCommands(out)).toEqual([]);
  expect(parseXml(out)).toEqual(parseXml(xml));
});

test('diagnostics on stderr (a config error quoting stackgate.yml) are printed the same way', async () => {
  const repo = tempRepo({ 'stackgate.yml': 'checks:\n  "##[add-mask]x": off\n' });
  try {
    const r = await runCli(['validate', '.'], repo.root, { GITHUB_ACTIONS: 'true' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('add-mask');
    expect(obeyedCommands(r.stderr)).toEqual([]);
    expect(obeyedCommands((await runCli(['validate', '.'], repo.root)).stderr)).not.toEqual([]);
  } finally {
    repo.cleanup();
  }
});
