/** Every command answers --help, -h and `stackgate help <command>` with its help, exit 0, and that help lists the options its parser accepts. */
import { COMMAND_LIST } from '../../src/cli/command-list';
import { completionSpec } from '../../src/cli/completion/spec';
import { runCli } from '../helpers/cli';

const NAMES = COMMAND_LIST.map((c) => c.name);
const cwd = process.cwd();

/** The flags an option line of a help text defines: lines that start (after indentation) with a dash; quoted examples aside. */
function documentedFlags(help: string): string[] {
  const lines = help
    .split('\n')
    .filter((l) => /^\s+-/.test(l))
    .map((l) => l.replace(/"[^"]*"/g, ''));
  return [...new Set(lines.flatMap((l) => l.match(/(?<![\w-])--?[a-z0-9][a-z0-9-]*/g) ?? []))].sort();
}

describe.each(NAMES)('stackgate %s', (name) => {
  test('--help, -h and `help <command>` print its help on stdout and exit 0', async () => {
    for (const argv of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
    ]) {
      const r = await runCli(argv, cwd);
      expect({ argv, exitCode: r.exitCode, stderr: r.stderr }).toEqual({ argv, exitCode: 0, stderr: '' });
      expect(r.stdout.startsWith(`stackgate ${name} `)).toBe(true);
      expect(r.stdout).toContain('Exit codes:');
    }
  });

  test('its help lists exactly the options its parser accepts', async () => {
    const { stdout } = await runCli([name, '--help'], cwd);
    const options = completionSpec().find((c) => c.name === name)!.options;
    const accepted = options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]).sort();
    expect(documentedFlags(stdout)).toEqual(accepted);
    for (const o of options.filter((x) => x.short)) expect(stdout).toContain(`-${o.short}, --${o.long}`);
  });
});

test('the top-level help names every command; no command at all is a usage error on stderr', async () => {
  const help = await runCli(['--help'], cwd);
  expect(help.exitCode).toBe(0);
  for (const name of NAMES) expect(help.stdout).toContain(`stackgate ${name} `);
  const none = await runCli([], cwd);
  expect(none).toMatchObject({ exitCode: 2, stdout: '' });
  expect(none.stderr).toContain('Usage:');
});

test('an unknown command or `help <unknown>` is exit 2 with the closest command', async () => {
  for (const argv of [['valdate'], ['help', 'valdate']]) {
    const r = await runCli(argv, cwd);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unknown command "valdate"; did you mean "validate"?');
    expect(r.stdout).toBe('');
  }
});
