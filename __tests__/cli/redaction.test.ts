/**
 * Secrets quoted by findings never reach an output: a repository with credentials planted in every
 * kind of file the checks quote, run through validate, score and secrets in every format.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { leaks, plantedRepo, type PlantedRepo } from '../helpers/planted-repo';

describe('no planted secret in any CLI output', () => {
  let repo: PlantedRepo;
  beforeAll(() => {
    repo = plantedRepo('cli-redaction');
  });
  afterAll(() => repo.cleanup());

  const everything = (r: { stdout: string; stderr: string; files: Record<string, string> }): string =>
    [r.stdout, r.stderr, ...Object.values(r.files)].join('\n');

  test.each(['text', 'json', 'sarif', 'junit', 'markdown'])('validate -f %s', async (format) => {
    const r = await runCli(['validate', '.', '-f', format, '--promtool', 'never', '-o', `json=${path.join(repo.root, 'out.json')}`], repo.root);
    expect(r.exitCode).toBe(1);
    expect(leaks(everything(r), repo.values)).toEqual([]);
    // The findings that quote those lines did run, and show the values redacted.
    const json = JSON.parse(r.files[path.join(repo.root, 'out.json')]) as { findings: { checkId: string; message: string }[] };
    for (const id of repo.quotingChecks) expect(json.findings.map((f) => f.checkId)).toContain(id);
    expect(json.findings.find((f) => f.checkId === 'dockerfile/sudo')?.message).toContain('ghp_…(40 chars)');
    expect(json.findings.find((f) => f.checkId === 'monitoring/scrape-config')?.message).toMatch(/admin:\w{1,4}…\(24 chars\)@api/);
  });

  test.each(['text', 'json', 'markdown'])('score -f %s', async (format) => {
    const r = await runCli(['score', '.', '-f', format], repo.root, { STACKGATE_PROMTOOL: 'never' });
    expect([0, 1]).toContain(r.exitCode);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(leaks(everything(r), repo.values)).toEqual([]);
  });

  test.each(['text', 'json', 'sarif'])('secrets --mode tree -f %s', async (format) => {
    const r = await runCli(['secrets', '.', '--mode', 'tree', '-f', format], repo.root);
    expect(r.exitCode).toBe(1);
    expect(leaks(everything(r), repo.values)).toEqual([]);
  });

  test('a config error that quotes stackgate.yml shows the value redacted', async () => {
    const token = repo.values[0];
    fs.writeFileSync(path.join(repo.root, 'stackgate.yml'), `checks:\n  ${token}: off\n`);
    try {
      const r = await runCli(['validate', '.'], repo.root);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^stackgate: stackgate\.yml:2:3: checks\.ghp_…\(40 chars\): unknown key/);
      expect(leaks(everything(r), repo.values)).toEqual([]);
    } finally {
      fs.rmSync(path.join(repo.root, 'stackgate.yml'));
    }
  });
});
