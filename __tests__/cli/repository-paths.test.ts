/**
 * SARIF from the CLI names files relative to the repository's root (the git top level), whatever
 * path was given, and each run carries its category: code scanning finds the files, and accepts
 * validate's and secrets' runs in one upload.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { runCli } from '../helpers/cli';
import { githubToken } from '../helpers/fake-secret';
import { gitRepo, type GitRepo } from '../helpers/git-repo';
import { tempRepo } from '../helpers/temp-repo';

const ROOT = path.join(__dirname, '../..');
const COMPOSE = 'services:\n  web:\n    image: nginx:latest\n';

function uris(log: Log): string[] {
  return (log.runs[0]!.results ?? []).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!);
}

describe('SARIF of a directory inside a repository', () => {
  let repo: GitRepo;
  beforeAll(() => {
    repo = gitRepo({ 'deploy/stacks/common/docker-compose.yml': COMPOSE, 'deploy/config/.env': `GITHUB_TOKEN=${githubToken(31)}\n` });
    repo.commit('base');
  });
  afterAll(() => repo.cleanup());

  test('validate: URIs from the repository root, on files that exist; category stackgate/validate/', async () => {
    const r = await runCli(['validate', 'deploy', '-f', 'sarif'], repo.root);
    const log = JSON.parse(r.stdout) as Log;
    expect(uris(log)).toContain('deploy/stacks/common/docker-compose.yml');
    for (const uri of uris(log)) expect(fs.existsSync(path.join(repo.root, uri))).toBe(true);
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'stackgate/validate/' });
    // The same run from inside the directory, and through -o: the same URIs.
    const inside = await runCli(['validate', '.', '-f', 'json', '-o', 'sarif=out.sarif'], path.join(repo.root, 'deploy'));
    expect(uris(JSON.parse(Object.values(inside.files)[0]!) as Log)).toEqual(uris(log));
    // The other formats stay relative to the path given.
    expect(JSON.parse(inside.stdout).findings.map((f: { file: string }) => f.file)).toContain('stacks/common/docker-compose.yml');
  });

  test('secrets: URIs from the repository root; category stackgate/secrets/', async () => {
    const r = await runCli(['secrets', 'deploy', '-f', 'sarif'], repo.root);
    const log = JSON.parse(r.stdout) as Log;
    expect(uris(log)).toEqual(['deploy/config/.env']);
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'stackgate/secrets/' });
  });
});

test('the bundled example: every URI points at a file of this repository', async () => {
  const r = await runCli(['validate', 'examples/mcp-stacks', '-f', 'sarif'], ROOT);
  const found = uris(JSON.parse(r.stdout) as Log);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((uri) => !fs.existsSync(path.join(ROOT, decodeURIComponent(uri))))).toEqual([]);
});

test('outside git, URIs are relative to the directory checked', async () => {
  const dir = tempRepo({ 'stacks/docker-compose.yml': COMPOSE });
  try {
    const r = await runCli(['validate', 'stacks', '-f', 'sarif'], dir.root);
    expect(uris(JSON.parse(r.stdout) as Log)).toContain('docker-compose.yml');
  } finally {
    dir.cleanup();
  }
});
