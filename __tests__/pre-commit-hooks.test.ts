/**
 * .pre-commit-hooks.yaml, the manifest pre-commit reads from this repository. Each hook is run as
 * pre-commit runs it: the package is packed and installed globally (what `language: node` does),
 * and the entry, split into words, runs from the root of a git repository with the install's bin
 * first on PATH and, with pass_filenames: false, no file names after it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { githubToken } from './helpers/fake-secret';
import { gitRepo, type GitRepo } from './helpers/git-repo';
import { packAndInstall, type InstalledPackage } from './helpers/installed-package';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..');
const binNames = Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);

interface ManifestHook {
  id: string;
  name: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  always_run?: boolean;
  args?: string[];
  [key: string]: unknown;
}

/** The keys pre-commit accepts in a manifest hook (pre-commit.com, "Creating new hooks"). */
const MANIFEST_KEYS = new Set([
  'id',
  'name',
  'entry',
  'language',
  'files',
  'exclude',
  'types',
  'types_or',
  'exclude_types',
  'always_run',
  'fail_fast',
  'verbose',
  'pass_filenames',
  'require_serial',
  'description',
  'language_version',
  'minimum_pre_commit_version',
  'args',
  'stages',
]);

const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as ManifestHook[];
const hook = (id: string): ManifestHook => {
  const found = hooks.find((h) => h.id === id);
  if (!found) throw new Error(`.pre-commit-hooks.yaml has no hook "${id}"`);
  return found;
};

let pkg: InstalledPackage;
let repo: GitRepo | undefined;
beforeAll(() => {
  pkg = packAndInstall();
});
afterAll(() => pkg?.cleanup());
afterEach(() => repo?.cleanup());

/** Runs a hook in `root` the way pre-commit does. */
function runHook(id: string, root: string) {
  const h = hook(id);
  const [command, ...args] = h.entry.split(/\s+/);
  const r = spawnSync(command, [...args, ...(h.args ?? [])], { cwd: root, env: pkg.env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, output: r.stdout + r.stderr };
}

test('the manifest is a list of hooks with the keys pre-commit reads, each running the stackgate command', () => {
  expect(Array.isArray(hooks)).toBe(true);
  expect(hooks.map((h) => h.id)).toEqual(['stackgate-secrets', 'stackgate-validate']);
  for (const h of hooks) {
    expect(Object.keys(h).filter((k) => !MANIFEST_KEYS.has(k))).toEqual([]);
    for (const key of ['id', 'name', 'entry', 'language'] as const) expect(typeof h[key]).toBe('string');
    expect(h.language).toBe('node');
    expect(binNames).toContain(h.entry.split(/\s+/)[0]);
    // Both commands take a directory, not file names: pre-commit must not append the staged files.
    expect(h.pass_filenames).toBe(false);
  }
});

test('stackgate-secrets: a staged token fails the commit and is never printed; a clean staged change passes', () => {
  const token = githubToken(41);
  repo = gitRepo({ 'README.md': '# service\n' });
  repo.commit('base');
  repo.write('stacks/dev/.env', `GITHUB_TOKEN=${token}\n`);
  repo.git('add', 'stacks/dev/.env');
  const blocked = runHook('stackgate-secrets', repo.root);
  expect(blocked.code).toBe(1);
  expect(blocked.output).toMatch(
    /stacks\/dev\/\.env\n\s+1:\d+\s+error\s+GitHub personal access token \(classic\): ghp_…\(40 chars\)\s+secrets\/github-pat-classic/,
  );
  expect(blocked.output).not.toContain(token);

  repo.git('rm', '-q', '--cached', 'stacks/dev/.env');
  repo.write('stacks/dev/.env', 'LOG_LEVEL=debug\n');
  repo.git('add', 'stacks/dev/.env');
  const clean = runHook('stackgate-secrets', repo.root);
  expect(clean.output).not.toContain('secrets/');
  expect(clean.code).toBe(0);
});

test('stackgate-secrets looks at the index only: a token left unstaged does not block the commit', () => {
  repo = gitRepo({ 'README.md': '# service\n' });
  repo.commit('base');
  repo.write('notes.env', `GITHUB_TOKEN=${githubToken(42)}\n`);
  repo.write('ok.env', 'LOG_LEVEL=info\n');
  repo.git('add', 'ok.env');
  expect(runHook('stackgate-secrets', repo.root).code).toBe(0);
});

test('stackgate-validate: an error finding in the repository fails the commit; warnings alone pass', () => {
  repo = gitRepo({ 'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27.0\n' });
  repo.commit('base');
  const warnings = runHook('stackgate-validate', repo.root);
  expect(warnings.output).toContain('compose/healthcheck-missing');
  expect(warnings.output).not.toMatch(/^\s+\d+:\d+\s+error\s/m); // no finding at error severity
  expect(warnings.code).toBe(0);

  repo.write('docker-compose.yml', 'services:\n  web:\n    image: nginx:latest\n');
  repo.git('add', 'docker-compose.yml');
  const blocked = runHook('stackgate-validate', repo.root);
  expect(blocked.output).toMatch(/docker-compose\.yml\n(.*\n)*\s+3:5\s+error\s+service "web" uses image "nginx:latest".*compose\/image-latest-tag/);
  expect(blocked.code).toBe(1);
});
