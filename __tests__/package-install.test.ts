/**
 * `npm install -g stackgate` (or of a clone: `npm install -g .`) gives a working `stackgate`: the
 * package is packed, installed offline into a temporary prefix, and run from a directory with no
 * node_modules in reach. The tarball carries the CLI and its bundles only, never tests, benchmarks
 * or sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { githubToken } from './helpers/fake-secret';
import { gitRepo } from './helpers/git-repo';
import { packAndInstall, type InstalledPackage } from './helpers/installed-package';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
/** Size budgets of the tarball: the two CLI bundles and the scanner's worker are most of it. */
const MAX_PACKED_BYTES = 5 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

let pkg: InstalledPackage;
beforeAll(() => {
  pkg = packAndInstall();
  process.stderr.write(
    `package-install.test.ts: ${path.basename(pkg.tarball)}: ${pkg.files.length} files, ${(pkg.packedBytes / 1e6).toFixed(1)} MB packed, ${(pkg.unpackedBytes / 1e6).toFixed(1)} MB unpacked\n`,
  );
});
afterAll(() => pkg?.cleanup());

const stackgate = (args: string[], cwd = pkg.workDir) => spawnSync('stackgate', args, { cwd, env: pkg.env, encoding: 'utf8' });

test('the tarball holds the CLI, the bundle with the three stubs it starts from, the schemas, README and LICENSE', () => {
  expect(pkg.files).toEqual(
    expect.arrayContaining([
      'package.json',
      'README.md',
      'LICENSE',
      'bin/stackgate.js',
      'dist/bundle/index.js',
      'dist/cli/index.js',
      'dist/secrets-worker/index.js',
      'dist/validate-worker/index.js',
      'schema/stackgate.schema.json',
    ]),
  );
  expect([...new Set(pkg.files.filter((f) => f.startsWith('dist/')).map((f) => f.split('/')[1]))].sort()).toEqual([
    'bundle',
    'cli',
    'secrets-worker',
    'validate-worker',
  ]);
});

test('the tarball holds no tests, fixtures, benchmarks, sources or build scripts, and stays within its size budget', () => {
  expect(pkg.files.filter((f) => /^(__tests__|__fixtures__|bench|src|scripts|examples|docs|actions|\.ci)\//.test(f))).toEqual([]);
  expect(pkg.files.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
  expect(pkg.packedBytes).toBeLessThan(MAX_PACKED_BYTES);
  expect(pkg.unpackedBytes).toBeLessThan(MAX_UNPACKED_BYTES);
});

test('the installed package can be published, is MIT licensed and brings no dependencies along', () => {
  const installed = JSON.parse(fs.readFileSync(path.join(pkg.packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(installed.private).toBeUndefined();
  expect(installed.license).toBe('MIT');
  expect(installed.dependencies ?? {}).toEqual({});
  expect(fs.readFileSync(path.join(pkg.packageDir, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} stackgate contributors\n/);
  expect(fs.existsSync(path.join(pkg.packageDir, 'node_modules'))).toBe(false);
});

test('stackgate --version runs from the install prefix', () => {
  const r = stackgate(['--version']);
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe(manifest.version);
  expect(r.status).toBe(0);
});

test('stackgate validate on the bundled example exits 1 with its planted errors', () => {
  const r = stackgate(['validate', path.join(ROOT, 'examples/mcp-stacks'), '-f', 'json']);
  expect(r.status).toBe(1);
  const findings = (JSON.parse(r.stdout) as { findings: { checkId: string; file: string; line: number; severity: string }[] }).findings;
  expect(findings.filter((f) => f.severity === 'error').map((f) => [f.checkId, f.file, f.line])).toEqual(
    expect.arrayContaining([
      ['compose/port-conflict', 'stacks/monitoring/docker-compose.yml', 90],
      ['compose/docker-socket-mount', 'stacks/monitoring/docker-compose.yml', 145],
      ['compose/image-latest-tag', 'stacks/common/docker-compose.yml', 122],
      ['kubernetes/service-selector-mismatch', 'k8s/base/mcp-timescaledb.yaml', 107],
    ]),
  );
});

test('stackgate secrets and stackgate smoke run from the installed package too', () => {
  const token = githubToken(31);
  const repo = gitRepo({ 'stacks/dev/.env': `GITHUB_TOKEN=${token}\n` });
  try {
    repo.commit('token');
    const secrets = stackgate(['secrets', '--mode', 'tree', '-f', 'json'], repo.root);
    expect(secrets.status).toBe(1);
    expect((JSON.parse(secrets.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['stacks/dev/.env', 'github-pat-classic'],
    ]);
    expect(secrets.stdout + secrets.stderr).not.toContain(token);
  } finally {
    repo.cleanup();
  }
  const smoke = stackgate(['smoke', '--help']);
  expect(smoke.status).toBe(0);
  expect(smoke.stdout).toMatch(/^stackgate smoke \[path\]/);
});
