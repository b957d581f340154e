/** `stackgate validate` text display: --min-severity hides findings from text and Markdown only, and text wraps to a terminal's width. */
import { main } from '../../src/cli/main';
import { runCli } from '../helpers/cli';
import { tempRepo, type TempRepo } from '../helpers/temp-repo';

/** Two services without a healthcheck and with `latest` images: warnings and infos, no errors. */
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n  worker:\n    image: nginx:1.27\n';

type JsonFinding = { checkId: string; severity: string };
const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

let repo: TempRepo;
beforeAll(() => {
  repo = tempRepo({ 'docker-compose.yml': COMPOSE });
});
afterAll(() => repo.cleanup());

const base = ['validate', '.', '--promtool', 'never', '--no-color'];

test('--min-severity warning leaves info findings out of text and Markdown, and out of nothing else', async () => {
  const all = findingsOf((await runCli([...base, '-f', 'json'], repo.root)).stdout);
  const infos = all.filter((f) => f.severity === 'info');
  expect(infos.length).toBeGreaterThan(0);
  expect(all.some((f) => f.severity === 'warning')).toBe(true);

  const text = await runCli([...base, '--min-severity', 'warning', '-o', 'json=out.json', '-o', 'text=out.txt', '-o', 'sarif=out.sarif'], repo.root);
  expect(text.stdout).not.toMatch(/^\s+\d+:\d+\s+info\s/m);
  expect(text.stdout).toMatch(/^\s+\d+:\d+\s+warning\s/m);
  expect(text.stdout).toContain(`, ${infos.length} below warning not shown — `);
  const file = (name: string): string => Object.entries(text.files).find(([p]) => p.endsWith(name))![1];
  expect(file('out.txt')).toContain(`${infos.length} below warning not shown`);
  expect(findingsOf(file('out.json'))).toEqual(all);
  expect((JSON.parse(file('out.sarif')) as { runs: { results: unknown[] }[] }).runs[0].results).toHaveLength(all.length);

  const json = await runCli([...base, '-f', 'json', '--min-severity', 'error'], repo.root);
  expect(findingsOf(json.stdout)).toEqual(all);

  const markdown = await runCli([...base, '-f', 'markdown', '--min-severity', 'warning'], repo.root);
  expect(markdown.stdout).not.toMatch(/^\| info \|/m);
  expect(markdown.stdout).toContain(`${infos.length} findings below warning not shown (--min-severity).`);
});

test('--min-severity does not change the exit code: --fail-on still counts every finding', async () => {
  const r = await runCli([...base, '--fail-on', 'info', '--min-severity', 'error'], repo.root);
  expect(r.exitCode).toBe(1);
  expect(r.stdout).not.toMatch(/^\s+\d+:\d+\s+(warning|info)\s/m);
});

test('an unknown --min-severity is a usage error naming the severities', async () => {
  const r = await runCli([...base, '--min-severity', 'warn'], repo.root);
  expect(r).toMatchObject({ exitCode: 2, stdout: '' });
  expect(r.stderr).toContain('--min-severity: unknown severity "warn"');
  expect(r.stderr).toContain('error, warning, info');
});

test('text wraps to the terminal width the io reports, and stays one line per finding without one', async () => {
  const run = async (columns?: number): Promise<string> => {
    let stdout = '';
    await main(base, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      cwd: repo.root,
      env: {},
      isTTY: columns !== undefined,
      columns,
      writeFile: () => undefined,
    });
    return stdout;
  };
  const piped = await run();
  const narrow = await run(50);
  const longest = (s: string): number =>
    Math.max(
      ...s
        .split('\n')
        .filter((l) => /^\s+\d+:\d+ /.test(l))
        .map((l) => l.length),
    );
  expect(longest(piped)).toBeGreaterThan(50);
  const findingLines = narrow.slice(0, narrow.indexOf('Findings by check')).split('\n');
  for (const l of findingLines) expect(l.length).toBeLessThanOrEqual(50);
  // The same words, only broken differently.
  const words = (s: string): string[] => s.slice(0, s.indexOf('Findings by check')).split(/\s+/).filter(Boolean);
  expect(words(narrow)).toEqual(words(piped));
});
