/**
 * What users see on the bundled example, byte for byte: every command and format of the CLI
 * (from source, as `main` runs it) against recorded outputs. A refactor must not change them; a
 * change in behaviour updates them on purpose (`UPDATE_EXAMPLE_OUTPUT=1 npx jest example-output`),
 * and the diff shows what users will see differently. Durations, timestamps and the commit are normalised.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './helpers/cli';
import { describeWithTool } from './helpers/required-tool';

const ROOT = path.join(__dirname, '..');
const GOLDEN = path.join(ROOT, '__fixtures__/example-output');

const CASES: [string, string[]][] = [
  ...['text', 'json', 'sarif', 'junit', 'markdown'].map((f): [string, string[]] => [
    `validate.${f}`,
    ['validate', 'examples/mcp-stacks', '-f', f, '--no-color'],
  ]),
  ...['text', 'json', 'markdown'].map((f): [string, string[]] => [`score.${f}`, ['score', 'examples/mcp-stacks', '-f', f]]),
  ...['text', 'json'].map((f): [string, string[]] => [`secrets.${f}`, ['secrets', 'examples/mcp-stacks', '--mode', 'tree', '-f', f, '--no-color']]),
  // The catalogue and the config schema are generated files (docs/checks.md, schema/), checked by .ci/run.
];

// The commit is HEAD's, so it changes with every commit: normalised wherever it is printed.
const HEAD = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();

function normalise(text: string): string {
  return text
    .split(HEAD)
    .join('<commit>')
    .split(HEAD.slice(0, 12))
    .join('<commit>')
    .replace(/ in \d+(?:\.\d+)?m?s\b/g, ' in <duration>')
    .replace(/"(durationMs|generatedAt)": ("[^"]*"|[\d.]+)/g, '"$1": "<normalised>"');
}

// The monitoring checks of the example run promtool (Debian's prometheus package).
describeWithTool({ command: 'promtool', probeArgs: ['--version'], install: 'apt-get install -y prometheus', suite: 'example-output.test.ts' })(
  'the example, command by command',
  () => {
    test.each(CASES)('%s', async (name, argv) => {
      const r = await runCli(argv, ROOT, { PATH: process.env.PATH ?? '' });
      const actual = `exit ${r.exitCode}\n--- stdout\n${normalise(r.stdout)}--- stderr\n${normalise(r.stderr)}`;
      const file = path.join(GOLDEN, `${name}.txt`);
      if (process.env.UPDATE_EXAMPLE_OUTPUT === '1') fs.writeFileSync(file, actual);
      expect(actual).toBe(fs.readFileSync(file, 'utf8'));
    });
  },
);
