import path from 'node:path';
import { CHECKS } from '../../src/core/checks/index';
import { runCli } from '../helpers/cli';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n';

describe('stackgate CLI', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test('--help and --version', async () => {
    repo = tempRepo();
    const help = await runCli(['--help'], repo.root);
    expect(help).toMatchObject({ exitCode: 0, stderr: '' });
    expect(help.stdout).toContain('stackgate validate [path | file]');
    expect((await runCli(['--version'], repo.root)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli([], repo.root)).exitCode).toBe(2);
  });

  test('exit 1 on findings at or above --fail-on, 0 below it', async () => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE });
    const warn = await runCli(['validate', '.', '--check', 'compose/healthcheck-missing', '--fail-on', 'warning'], repo.root);
    expect(warn.exitCode).toBe(1);
    expect(warn.stdout).toContain('docker-compose.yml');
    expect(warn.stdout).toContain('compose/healthcheck-missing');
    const err = await runCli(['validate', '--check', 'compose/healthcheck-missing'], repo.root);
    expect(err.exitCode).toBe(0);
    const never = await runCli(['validate', '--check', 'compose/healthcheck-missing', '--fail-on', 'never'], repo.root);
    expect(never.exitCode).toBe(0);
  });

  test('json on stdout and several formats in one run', async () => {
    repo = tempRepo({ 'docker-compose.yml': COMPOSE });
    const r = await runCli(
      ['validate', repo.root, '--check', 'compose/healthcheck-missing', '-f', 'json', '-o', 'sarif=out/x.sarif', '--output', 'junit=junit.xml'],
      repo.root,
    );
    const json = JSON.parse(r.stdout);
    expect(json.findings).toEqual([expect.objectContaining({ checkId: 'compose/healthcheck-missing', file: 'docker-compose.yml', line: 2 })]);
    const sarif = JSON.parse(r.files[path.join(repo.root, 'out/x.sarif')]);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(r.files[path.join(repo.root, 'junit.xml')]).toContain('<testsuite');
  });

  test('usage and config errors exit 2 with a message, never a stack trace', async () => {
    repo = tempRepo({ 'stackgate.yml': 'checks:\n  compose/healthcheck-mising: off\n' });
    const cfg = await runCli(['validate'], repo.root);
    expect(cfg.exitCode).toBe(2);
    expect(cfg.stderr).toContain('stackgate.yml:2:3:');
    expect(cfg.stderr).toContain('did you mean "compose/healthcheck-missing"');
    expect(cfg.stderr).not.toMatch(/\n\s+at /);
    for (const argv of [
      ['validate', '--format', 'yaml'],
      ['validate', '--bogus'],
      ['validate', 'does-not-exist'],
      ['validate', '-o', 'sarif'],
      ['frobnicate'],
      ['validate', '--fail-on', 'sometimes'],
    ]) {
      const r = await runCli(argv, repo.root);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^stackgate: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  test('checks lists the catalogue', async () => {
    repo = tempRepo();
    const json = JSON.parse((await runCli(['checks', '--format', 'json'], repo.root)).stdout);
    expect(json.map((c: { id: string }) => c.id)).toEqual(CHECKS.map((c) => c.id));
    expect(json[0]).toEqual(
      expect.objectContaining({ title: expect.any(String), severity: expect.any(String), rationale: expect.any(String), remediation: expect.any(String) }),
    );
    const text = await runCli(['checks'], repo.root);
    expect(text.stdout).toContain(`${CHECKS.length} checks`);
  });

  test('schema prints the JSON Schema of stackgate.yml', async () => {
    repo = tempRepo();
    const schema = JSON.parse((await runCli(['schema'], repo.root)).stdout);
    expect(schema.properties.environments).toBeDefined();
    expect(schema.properties.checks.properties['compose/healthcheck-missing']).toBeDefined();
  });
});
