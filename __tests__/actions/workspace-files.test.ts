/**
 * What the actions write and read stays in the workspace (or RUNNER_TEMP), whatever the inputs say
 * and whatever links the checked-out pull request holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run as runReadiness } from '../../src/actions/readiness';
import { run as runSecrets } from '../../src/actions/secrets';
import { run as runSmoke } from '../../src/actions/smoke';
import { run as runValidate } from '../../src/actions/validate';
import { runActionInProcess } from '../helpers/run-action';
import { runnerEnv } from '../helpers/runner';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';

describe('output and input paths of the actions', () => {
  let repo: TempRepo;
  let outside: string;
  beforeEach(() => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE });
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
  });
  afterEach(() => {
    repo.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  const failure = async (
    run: (env: NodeJS.ProcessEnv) => Promise<void>,
    inputs: Record<string, string>,
    extra: Record<string, string> = {},
  ): Promise<string> => {
    const runner = runnerEnv(repo.root, { 'changed-only': 'false', 'fail-on': 'never', ...inputs }, extra);
    try {
      const { stdout, exitCode } = await runActionInProcess(run, runner.env);
      expect(exitCode).toBe(1);
      return stdout;
    } finally {
      runner.cleanup();
    }
  };

  test.each([
    ['validate', runValidate],
    ['secrets', runSecrets],
  ])('%s: a sarif-file outside the workspace is refused and nothing is written there', async (_name, run) => {
    const target = path.join(outside, 'x.sarif');
    const stdout = await failure(run, { 'sarif-file': path.relative(repo.root, target) });
    expect(stdout).toMatch(/::error::input "sarif-file": \S+ is outside the workspace; it must be inside the workspace or RUNNER_TEMP/);
    expect(fs.existsSync(target)).toBe(false);
  });

  test('readiness: a report-dir outside the workspace is refused and nothing is written there', async () => {
    const stdout = await failure(runReadiness, { 'report-dir': path.relative(repo.root, outside), base: 'none', comment: 'off', secrets: 'false' });
    expect(stdout).toMatch(/::error::input "report-dir": \S+readiness\.json is outside the workspace/);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('smoke: report-file and junit-file outside the workspace are refused; compare-with may not read through a link out of it', async () => {
    const targets = 'memory: { url: "http://127.0.0.1:9/mcp" }';
    for (const [inputs, message] of [
      [{ 'report-file': path.join(outside, 'smoke.json') }, /::error::input "report-file": \S+ is outside the workspace/],
      [{ 'junit-file': '../x.xml' }, /::error::input "junit-file": \.\.\/x\.xml is outside the workspace/],
    ] as const) {
      expect(await failure(runSmoke, { targets, 'wait-timeout': '1s', ...inputs })).toMatch(message);
    }
    fs.symlinkSync('/proc/self/environ', path.join(repo.root, 'previous.json'));
    expect(await failure(runSmoke, { targets, 'compare-with': 'previous.json' })).toContain(
      '::error::input "compare-with": previous.json is outside the workspace',
    );
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('validate: a directory link committed to the repository cannot carry the SARIF file out', async () => {
    fs.symlinkSync(outside, path.join(repo.root, 'reports'));
    const stdout = await failure(runValidate, { 'sarif-file': 'reports/stackgate.sarif' });
    expect(stdout).toContain('::error::input "sarif-file": reports/stackgate.sarif is outside the workspace');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('validate: a file link committed where the SARIF file goes is not written through', async () => {
    const victim = path.join(outside, 'victim');
    fs.writeFileSync(victim, 'untouched\n');
    fs.symlinkSync(victim, path.join(repo.root, 'stackgate.sarif'));
    expect(await failure(runValidate, { 'sarif-file': 'stackgate.sarif' })).toContain('::error::input "sarif-file": stackgate.sarif is outside the workspace');
    expect(fs.readFileSync(victim, 'utf8')).toBe('untouched\n');
    // A link to a file of the checkout would overwrite that file: refused too.
    fs.symlinkSync('docker-compose.yml', path.join(repo.root, 'inner.sarif'));
    expect(await failure(runValidate, { 'sarif-file': 'inner.sarif' })).toContain(
      '::error::input "sarif-file": inner.sarif exists and is not a regular file (a symbolic link); not written',
    );
    expect(fs.readFileSync(path.join(repo.root, 'docker-compose.yml'), 'utf8')).toBe(COMPOSE);
  });

  test('validate: RUNNER_TEMP is allowed for outputs', async () => {
    const runner = runnerEnv(
      repo.root,
      { 'changed-only': 'false', 'fail-on': 'never', 'sarif-file': path.join(outside, 'out/x.sarif') },
      { RUNNER_TEMP: outside },
    );
    try {
      const { exitCode } = await runActionInProcess(runValidate, runner.env);
      expect(exitCode).toBeUndefined();
      expect(JSON.parse(fs.readFileSync(path.join(outside, 'out/x.sarif'), 'utf8')).version).toBe('2.1.0');
    } finally {
      runner.cleanup();
    }
  });

  test.each(['/', '..', '../..'])('validate: path %s is refused', async (value) => {
    const stdout = await failure(runValidate, { path: value });
    expect(stdout).toContain(`::error::input "path": ${value} is outside the workspace`);
  });

  test('validate: a path that is a link out of the workspace is refused', async () => {
    fs.symlinkSync(outside, path.join(repo.root, 'deploy'));
    const stdout = await failure(runValidate, { path: 'deploy' });
    expect(stdout).toContain('::error::input "path": deploy is outside the workspace');
  });
});
