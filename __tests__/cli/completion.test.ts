/**
 * `stackgate completion bash|zsh|fish`: each script is loaded by its real shell and asked for
 * completions. zsh and fish are optional on a test machine: their tests are skipped, with the reason
 * in the test name, when the shell is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { completionSpec } from '../../src/cli/completion/spec';
import { CHECKS } from '../../src/core/checks/index';
import { runCli } from '../helpers/cli';

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' }).status === 0;
const HAS_ZSH = has('zsh');
const HAS_FISH = has('fish');
const SPEC = completionSpec();
const COMMANDS = SPEC.map((c) => c.name);

let dir: string;
const scripts: Record<string, string> = {};
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-completion-'));
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = await runCli(['completion', shell], dir);
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    scripts[shell] = path.join(dir, `stackgate.${shell}`);
    fs.writeFileSync(scripts[shell], r.stdout);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bash', () => {
  /** The words bash's completion offers for a command line whose last word is being completed. */
  function complete(...words: string[]): string[] {
    const script = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _stackgate; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('bash', ['--norc', '--noprofile', '-c', script, 'bash', scripts.bash, ...words], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  }

  test('registers a completion function for stackgate', () => {
    const out = execFileSync('bash', ['--norc', '--noprofile', '-c', 'source "$1"; complete -p stackgate', 'bash', scripts.bash], { encoding: 'utf8' });
    expect(out.trim()).toBe('complete -o default -F _stackgate stackgate');
  });

  test.each<[string, string[], string[]]>([
    ['commands', ['stackgate', 'sc'], ['score', 'schema']],
    ['every command on an empty word', ['stackgate', ''], [...COMMANDS, 'help', '--help', '--version']],
    ['options of a command', ['stackgate', 'validate', '--fa'], ['--fail-on']],
    ['format values', ['stackgate', 'validate', '-f', ''], ['text', 'json', 'sarif', 'junit', 'markdown']],
    ['format values after --format=', ['stackgate', 'score', '--format', '=', 'm'], ['markdown']],
    ['check ids for --check', ['stackgate', 'validate', '--check', 'compose/healthcheck-m'], ['compose/healthcheck-missing']],
    ['secrets modes', ['stackgate', 'secrets', '--mode', ''], ['diff', 'tree', 'history', 'staged']],
    ['schema names', ['stackgate', 'schema', ''], ['config', 'readiness-report', 'smoke-report']],
    ['check ids for explain', ['stackgate', 'explain', 'compose/healthcheck-m'], ['compose/healthcheck-missing']],
    ['severities for --min-severity', ['stackgate', 'validate', '--min-severity', ''], ['error', 'warning', 'info']],
    ['shells', ['stackgate', 'completion', 'f'], ['fish']],
    ['commands after help', ['stackgate', 'help', 'sm'], ['smoke']],
  ])('%s', (_name, words, expected) => {
    expect(complete(...words)).toEqual(expected);
  });

  test('every check id is offered for --check, and every option of every command', () => {
    expect(complete('stackgate', 'validate', '--check', '')).toEqual(CHECKS.map((c) => c.id));
    for (const c of SPEC) {
      const options = c.options.flatMap((o) => [`--${o.long}`, ...(o.short ? [`-${o.short}`] : [])]);
      expect(complete('stackgate', c.name, '-').sort()).toEqual(options.sort());
    }
  });
});

describe('zsh', () => {
  (HAS_ZSH ? test : test.skip)(`zsh -n accepts the script${HAS_ZSH ? '' : ' (skipped: zsh is not installed)'}`, () => {
    expect(spawnSync('zsh', ['-n', scripts.zsh], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  (HAS_ZSH ? test : test.skip)(`its function offers values and options${HAS_ZSH ? '' : ' (skipped: zsh is not installed)'}`, () => {
    // compadd and _files are zsh's completion system; these stand-ins print what they are given.
    const script = `compadd() { local i=\${@[(i)--]}; print -l -- "\${@[i+1,-1]}" }; _files() { print '<files>' }; compdef() { }
source "$1"; shift; words=("$@"); CURRENT=$#; _stackgate`;
    const run = (...words: string[]): string[] =>
      execFileSync('zsh', ['-f', '-c', script, 'zsh', scripts.zsh, ...words], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    expect(run('stackgate', 'validate', '--format', '')).toEqual(['text', 'json', 'sarif', 'junit', 'markdown']);
    expect(run('stackgate', 'secrets', '--')).toEqual(expect.arrayContaining(['--mode', '--base', '--head', '--color']));
    expect(run('stackgate', 'validate', '')).toEqual(['<files>']);
  });

  test('names every command and option', () => {
    const text = fs.readFileSync(scripts.zsh, 'utf8');
    expect(text.startsWith('#compdef stackgate\n')).toBe(true);
    for (const c of SPEC) {
      expect(text).toContain(`'${c.name}:`);
      for (const o of c.options) expect(text).toContain(`'--${o.long}'`);
    }
  });
});

describe('fish', () => {
  (HAS_FISH ? test : test.skip)(
    `fish -n accepts the script, and complete -C offers commands, options and values${HAS_FISH ? '' : ' (skipped: fish is not installed)'}`,
    () => {
      expect(spawnSync('fish', ['-n', scripts.fish], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
      const complete = (line: string): string[] =>
        execFileSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', scripts.fish, line], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('\t')[0]);
      expect(complete('stackgate val')).toEqual(['validate']);
      expect(complete('stackgate validate --format ').sort()).toEqual(['json', 'junit', 'markdown', 'sarif', 'text']);
      expect(complete('stackgate secrets --mo')).toEqual(['--mode']);
      expect(complete('stackgate validate --check compose/healthcheck-m')).toEqual(['compose/healthcheck-missing']);
    },
  );

  test('names every command and option', () => {
    const text = fs.readFileSync(scripts.fish, 'utf8');
    for (const c of SPEC) {
      expect(text).toContain(`-n __fish_use_subcommand -a ${c.name} `);
      for (const o of c.options) expect(text).toContain(`-n '__fish_seen_subcommand_from ${c.name}' ${o.short ? `-s ${o.short} ` : ''}-l ${o.long}`);
    }
  });
});

test('an unknown or missing shell is a usage error', async () => {
  for (const argv of [['completion', 'tcsh'], ['completion']]) {
    const r = await runCli(argv, process.cwd());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('stackgate completion <bash | zsh | fish>');
  }
});
