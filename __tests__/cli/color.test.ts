/** Colours follow the command line, then Node's rules for FORCE_COLOR, NO_COLOR and TERM=dumb, then whether stdout is a terminal. */
import { shouldColor } from '../../src/cli/color';
import { main } from '../../src/cli/main';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { githubToken } from '../helpers/fake-secret';

const ESC = '\u001b[';

describe('shouldColor', () => {
  test.each<[string, string[], Record<string, string>, boolean, boolean]>([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['FORCE_COLOR=1 into a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR (empty) into a pipe', [], { FORCE_COLOR: '' }, false, true],
    ['FORCE_COLOR=3 over NO_COLOR', [], { FORCE_COLOR: '3', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false on a terminal', [], { FORCE_COLOR: 'false' }, true, false],
    ['NO_COLOR=1 on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['NO_COLOR empty on a terminal (no-color.org: ignored)', [], { NO_COLOR: '' }, true, true],
    ['NODE_DISABLE_COLORS on a terminal', [], { NODE_DISABLE_COLORS: '1' }, true, false],
    ['TERM=dumb on a terminal', [], { TERM: 'dumb' }, true, false],
    ['--color over NO_COLOR into a pipe', ['--color'], { NO_COLOR: '1' }, false, true],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '1' }, true, false],
    ['the last of --color and --no-color', ['--no-color', '.', '--color'], {}, false, true],
    ['a --color after -- is a path, not a flag', ['--', '--color'], {}, false, false],
  ])('%s', (_name, args, env, isTTY, expected) => {
    expect(shouldColor(args, { env, isTTY })).toBe(expected);
  });
});

describe('the commands that colour their text', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = gitRepo({ 'docker-compose.yml': 'services:\n  web:\n    image: nginx:latest\n', '.env': `GITHUB_TOKEN=${githubToken(31)}\n` });
    repo.commit('base');
  });
  afterAll(() => repo.cleanup());

  async function run(argv: string[], env: Record<string, string>, isTTY: boolean): Promise<{ exitCode: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const exitCode = await main(argv, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: repo.root,
      env,
      isTTY,
      writeFile: () => undefined,
    });
    return { exitCode, stdout, stderr };
  }

  test.each([
    ['validate', ['validate', '.', '--promtool', 'never']],
    ['secrets', ['secrets', '.', '--mode', 'tree']],
  ])('%s: FORCE_COLOR, FORCE_COLOR=0, TERM=dumb, --color and --no-color', async (_name, argv) => {
    expect((await run(argv, { FORCE_COLOR: '1' }, false)).stdout).toContain(ESC);
    expect((await run(argv, { FORCE_COLOR: '0' }, true)).stdout).not.toContain(ESC);
    expect((await run(argv, { TERM: 'dumb' }, true)).stdout).not.toContain(ESC);
    const forced = await run([...argv, '--color'], { NO_COLOR: '1' }, false);
    expect(forced.stderr).toBe('');
    expect(forced.stdout).toContain(ESC);
    expect((await run([...argv, '--no-color'], { FORCE_COLOR: '1' }, true)).stdout).not.toContain(ESC);
    expect((await run(argv, {}, true)).stdout).toContain(ESC);
  });
});
