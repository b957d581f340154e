/**
 * Each command's output formats have one source, the list its parser uses: its --help, the hint of
 * an unknown format and the README's table of formats all say the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHECKS_VALUES } from '../../src/cli/commands/checks';
import { SCORE_VALUES } from '../../src/cli/commands/score';
import { SECRETS_VALUES } from '../../src/cli/commands/secrets';
import { FORMATS as SMOKE_FORMATS } from '../../src/cli/commands/smoke';
import { VALIDATE_VALUES } from '../../src/cli/commands/validate';
import { runCli } from '../helpers/cli';

const PARSED: Record<string, readonly string[]> = {
  validate: VALIDATE_VALUES.format,
  secrets: SECRETS_VALUES.format,
  score: SCORE_VALUES.format,
  smoke: SMOKE_FORMATS,
  checks: CHECKS_VALUES.format,
};
const ALL = ['text', 'json', 'sarif', 'junit', 'markdown'];
const formatsIn = (text: string): string[] => (text.match(/\b[a-z]+\b/g) ?? []).filter((w) => ALL.includes(w));

/** The README's "Formats" table under "Use it from the command line": command -> formats. */
function readmeFormats(): Record<string, string[]> {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it from the command line'));
  const table = section.slice(section.indexOf('| Command | Formats |'), section.indexOf('\n\n', section.indexOf('| Command | Formats |')));
  return Object.fromEntries(
    table
      .split('\n')
      .slice(2)
      .map((row) => row.split('|').map((cell) => cell.trim()))
      .map(([, command, formats]) => [command.replace(/`/g, ''), formatsIn(formats)]),
  );
}

test.each(Object.entries(PARSED))('%s: --help, the unknown-format hint and the README list the formats its parser reads', async (command, formats) => {
  const help = (await runCli([command, '--help'], process.cwd())).stdout;
  const line = help.split('\n').find((l) => /^\s+-f, --format <format>/.test(l));
  expect(formatsIn(line!.replace(/^\s+-f, --format <format>/, ''))).toEqual([...formats]);
  const wrong = await runCli([command, '--format', 'yaml'], process.cwd());
  expect(wrong.exitCode).toBe(2);
  expect(formatsIn(wrong.stderr.slice(wrong.stderr.indexOf('hint:')))).toEqual([...formats]);
  expect(readmeFormats()[command]).toEqual([...formats]);
});
