/**
 * Head and merge base scored in one run, against real git repositories: the base is checked out in
 * a temporary worktree that is gone afterwards; problems with the base become a note, not a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scoreWithBase } from '../../src/app/score-with-base';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { githubToken } from '../helpers/fake-secret';

const healthy = `services:
  mcp-memory:
    image: ghcr.io/acme/mcp-memory:1.2.3
    restart: unless-stopped
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://127.0.0.1:8503/health"]
      interval: 30s
      timeout: 5s
      retries: 3
`;
const unhealthy = healthy.replace(/ {4}healthcheck:[\s\S]*$/, '');
const TOKEN = githubToken(41);

const options = { toolVersion: 't' };
const ports = { now: () => new Date(0) };
let repo: GitRepo;
let baseSha: string;

beforeEach(() => {
  repo = gitRepo();
  baseSha = repo.commit('base', { 'fleet/docker-compose.yml': healthy, 'fleet/README.md': '# fleet\n' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('drop the healthcheck, add a token', { 'fleet/docker-compose.yml': unhealthy, 'fleet/.env': `GITHUB_TOKEN=${TOKEN}\n` });
  repo.git('checkout', '-q', '-b', 'unrelated', baseSha);
  repo.commit('main moves on', { 'other.txt': 'x\n' });
  repo.git('checkout', '-q', 'feature');
});
afterEach(() => repo.cleanup());

test('the delta compares head with the merge base: newly failing checks, a lower score', async () => {
  const result = await scoreWithBase({ root: path.join(repo.root, 'fleet'), base: 'unrelated', ...options }, ports);
  expect(result.baseProblem).toBeUndefined();
  expect(result.baseReport?.commit).toBe(baseSha);
  expect(result.report.commit).toBe(repo.git('rev-parse', 'HEAD'));
  expect(result.delta!.delta).toBeLessThan(0);
  expect(result.delta!.newlyFailing.map((c) => c.id)).toEqual(expect.arrayContaining(['compose/healthcheck-missing', 'secrets/committed-secrets']));
  expect(result.report.blockers.some((b) => b.checkId === 'secrets/committed-secrets' && b.file === '.env')).toBe(true);
  // The secret is only ever shown redacted, and is handed over for masking.
  expect(JSON.stringify(result.report)).not.toContain(TOKEN);
  expect(result.valuesToMask).toContain(TOKEN);
  // The temporary worktree is gone.
  expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
});

test('an unknown base ref is a note, and the head is still scored', async () => {
  const result = await scoreWithBase({ root: repo.root, base: 'no-such-branch', ...options }, ports);
  expect(result.delta).toBeUndefined();
  expect(result.baseProblem).toMatch(/cannot compare with no-such-branch/);
  expect(result.report.total).toBeGreaterThan(0);
});

test('a directory that did not exist at the base is a note', async () => {
  repo.commit('new stack', { 'newstack/docker-compose.yml': healthy });
  const result = await scoreWithBase({ root: path.join(repo.root, 'newstack'), base: baseSha, ...options }, ports);
  expect(result.baseProblem).toMatch(/newstack does not exist at the base/);
  expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
});

test('a base whose directory holds no file to scan is still scored (the secrets scan accepts an empty tree)', async () => {
  repo.write('emptystack/logo.png', Buffer.from([0x89, 0x50, 0, 1]));
  const base = repo.commit('only a binary file');
  repo.commit('the stack', { 'emptystack/docker-compose.yml': healthy });
  const result = await scoreWithBase({ root: path.join(repo.root, 'emptystack'), base, ...options }, ports);
  expect(result.baseProblem).toBeUndefined();
  expect(result.delta).toBeDefined();
});

test('outside git, a base cannot be compared', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-nogit-'));
  try {
    fs.writeFileSync(path.join(dir, 'docker-compose.yml'), healthy);
    const result = await scoreWithBase({ root: dir, base: 'main', secrets: false, ...options }, ports);
    expect(result.baseProblem).toMatch(/not in a git repository/);
    expect(result.report.commit).toBeNull();
    expect(result.report.secretsScanned).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a base that reads like an option is only ever a revision: git writes no file and the base is a note', async () => {
  const target = path.join(os.tmpdir(), `sg-pwned-${process.pid}`);
  const result = await scoreWithBase({ root: repo.root, base: `--output=${target}`, ...options }, ports);
  expect(result.baseProblem).toMatch(/cannot compare with --output=/);
  expect(fs.existsSync(target)).toBe(false);
  expect(result.report.total).toBeGreaterThan(0);
});
