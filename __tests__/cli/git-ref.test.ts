/** A --base (or --head) that names no commit is a usage error naming the ref, never a comparison quietly skipped. */
import { runCli } from '../helpers/cli';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { tempRepo } from '../helpers/temp-repo';

const COMPOSE = 'services:\n  web:\n    image: nginx:1.27.2\n';

describe('refs that name no commit', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = gitRepo({ 'docker-compose.yml': COMPOSE });
    repo.commit('base');
  });
  afterAll(() => repo.cleanup());

  test.each([
    ['score', ['score', '.', '--base', 'origin/mian', '--no-secrets'], '--base: "origin/mian" names no commit'],
    ['secrets --mode diff', ['secrets', '.', '--mode', 'diff', '--base', 'origin/mian'], '--base: "origin/mian" names no commit'],
    ['secrets --mode history --head', ['secrets', '.', '--mode', 'history', '--head', 'feature/x'], '--head: "feature/x" names no commit'],
  ])('%s: exit 2, the ref named, nothing on stdout', async (_name, argv, message) => {
    const r = await runCli(argv, repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('hint: check the spelling, or fetch it first');
    expect(r.stdout).toBe('');
  });

  test('a ref that resolves still scores the change', async () => {
    const r = await runCli(['score', '.', '--base', 'main', '--no-secrets', '-f', 'json'], repo.root);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).delta).toBeDefined();
  });
});

test('score --base outside a git repository is a usage error naming the ref', async () => {
  const repo = tempRepo({ 'docker-compose.yml': COMPOSE });
  try {
    const r = await runCli(['score', '.', '--base', 'main', '--no-secrets'], repo.root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--base main: the repository is not a git repository');
    expect(r.stdout).toBe('');
  } finally {
    repo.cleanup();
  }
});
