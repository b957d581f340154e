import path from 'node:path';
import { readinessReportSchema } from '../../src/core/readiness/report-schema';
import { runCli } from '../helpers/cli';
import { tempRepo } from '../helpers/temp-repo';

const EXAMPLE = path.resolve(__dirname, '../../examples/mcp-stacks');

describe('stackgate score', () => {
  test('the bundled example: a JSON report that validates, blockers, exit 1', async () => {
    const { exitCode, stdout, stderr } = await runCli(['score', EXAMPLE, '--format', 'json'], process.cwd());
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    const { verdict, ...report } = json;
    const parsed = readinessReportSchema.parse(report);
    expect(parsed.blockers.map((b) => b.checkId)).toEqual(expect.arrayContaining(['secrets/committed-secrets', 'compose/image-latest-tag']));
    expect(verdict).toMatchObject({ passed: false });
    // The planted token appears only redacted.
    expect(stdout).not.toMatch(/ghp_[A-Za-z0-9]{36}/);
  });

  test('text and markdown outputs, written to files with -o', async () => {
    const { stdout, files } = await runCli(['score', EXAMPLE, '-o', 'markdown=out/readiness.md', '--no-secrets'], process.cwd());
    expect(stdout).toMatch(/^Readiness \d+(\.\d)?% grade [A-F]: /);
    expect(stdout).toContain('(secrets were not scanned)');
    const md = files[path.resolve('out/readiness.md')];
    expect(md).toContain('stackgate readiness:');
    expect(md).toContain('secrets not scanned');
  });

  test('thresholds: a clean repository passes, fail-under and --min fail it', async () => {
    const repo = tempRepo({ 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27.2\n' });
    try {
      const pass = await runCli(['score', repo.root], repo.root);
      expect(pass.exitCode).toBe(0);
      const under = await runCli(['score', repo.root, '--fail-under', '100'], repo.root);
      expect(under.exitCode).toBe(1);
      expect(under.stdout).toMatch(/FAIL: score [\d.]+ is under fail-under 100/);
      const min = await runCli(['score', repo.root, '--min', 'compose=100'], repo.root);
      expect(min.exitCode).toBe(1);
      expect(min.stdout).toMatch(/Compose resilience scores [\d.]+, under its minimum 100/);
    } finally {
      repo.cleanup();
    }
  });

  test.each([
    [['--min', 'compose'], /--min: "compose": expected <category>=<score>/],
    [['--min', 'composer=5'], /unknown category/],
    [['--fail-under', '120'], /--fail-under: expected a score from 0 to 100/],
    [['--format', 'sarif'], /unknown format "sarif"/],
  ])('usage error %p exits 2 with a clear message', async (args, message) => {
    const { exitCode, stderr } = await runCli(['score', EXAMPLE, ...args], process.cwd());
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('    at ');
  });
});
