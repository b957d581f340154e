import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discoverFiles } from '../../../src/core/source/discover';
import { tempRepo, type TempRepo } from '../../helpers/temp-repo';
import { utf16be, utf16le } from '../../helpers/utf16';

describe('discoverFiles', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  test('honours root and nested .gitignore files and always skips node_modules and .git', () => {
    repo = tempRepo({
      '.gitignore': 'build/\n*.tmp.yml\n',
      'compose.yml': 'services: {}\n',
      'build/compose.yml': 'services: {}\n',
      'a.tmp.yml': 'x: 1\n',
      'k8s/.gitignore': 'generated.yaml\n',
      'k8s/generated.yaml': 'kind: X\n',
      'k8s/deploy.yaml': 'kind: X\n',
      'node_modules/x/compose.yml': 'services: {}\n',
      '.git/config.yml': 'x: 1\n',
      'README.md': '# not a candidate\n',
    });
    const { files } = discoverFiles({ root: repo.root });
    expect(files.map((f) => f.path)).toEqual(['compose.yml', 'k8s/deploy.yaml']);
  });

  test('skipVendoredDependencies leaves out vendor/ directories a package manager filled (Go, Composer), and only those', () => {
    repo = tempRepo({
      'go.mod': 'module example.com/x\n',
      'vendor/modules.txt': '# github.com/a/b v1.0.0\n',
      'vendor/github.com/a/b/cloudbuild.yaml': 'steps: []\n',
      'php/vendor/autoload.php': '<?php\n',
      'php/vendor/acme/lib/compose.yml': 'services: {}\n',
      'deploy/vendor/values.yaml': 'replicas: 2\n',
      'compose.yml': 'services: {}\n',
    });
    const paths = (skip: boolean) => discoverFiles({ root: repo.root, skipVendoredDependencies: skip }).files.map((f) => f.path);
    expect(paths(true)).toEqual(['compose.yml', 'deploy/vendor/values.yaml']);
    expect(paths(false)).toEqual(['compose.yml', 'deploy/vendor/values.yaml', 'php/vendor/acme/lib/compose.yml', 'vendor/github.com/a/b/cloudbuild.yaml']);
  });

  test('include and exclude globs', () => {
    repo = tempRepo({ 'stacks/a/compose.yml': 'services: {}\n', 'stacks/b/compose.yml': 'services: {}\n', 'k8s/x.yaml': 'a: 1\n' });
    const { files } = discoverFiles({ root: repo.root, include: ['stacks/**'], exclude: ['**/b/**'] });
    expect(files.map((f) => f.path)).toEqual(['stacks/a/compose.yml']);
  });

  test('never follows a symlink out of the repository; walks a linked directory inside it once', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.yml'), 'password: x\n');
    repo = tempRepo({ 'real/compose.yml': 'services: {}\n' });
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(repo.root, 'leak.yml'));
    fs.symlinkSync(outside, path.join(repo.root, 'leakdir'));
    fs.symlinkSync(path.join(repo.root, 'real'), path.join(repo.root, 'alias'));
    const { files, problems } = discoverFiles({ root: repo.root });
    fs.rmSync(outside, { recursive: true, force: true });
    expect(files.map((f) => f.path).sort()).toEqual(['real/compose.yml']);
    expect(
      problems
        .filter((p) => p.code === 'symlink-outside')
        .map((p) => p.path)
        .sort(),
    ).toEqual(['leak.yml', 'leakdir']);
  });

  test('a UTF-16 file with a byte-order mark is decoded, not skipped as binary', () => {
    repo = tempRepo({ 'compose.yml': 'services: {}\n' });
    repo.write('stack.env', utf16le('A=1\r\nB=2\r\n'));
    repo.write('k8s.yaml', utf16be('kind: X\n'));
    const { files, problems } = discoverFiles({ root: repo.root });
    expect(files.map((f) => [f.path, f.text])).toEqual([
      ['compose.yml', 'services: {}\n'],
      ['k8s.yaml', 'kind: X\n'],
      ['stack.env', 'A=1\r\nB=2\r\n'],
    ]);
    expect(problems).toEqual([]);
  });

  test('skips binary files and reports files over the size cap instead of reading them', () => {
    repo = tempRepo({ 'small.yml': 'a: 1\n' });
    repo.write('bin.yml', Buffer.from([0x61, 0x00, 0x62]));
    repo.write('huge.yml', `a: "${'x'.repeat(5000)}"\n`);
    const { files, problems } = discoverFiles({ root: repo.root, maxFileBytes: 1000 });
    expect(files.map((f) => f.path)).toEqual(['small.yml']);
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'bin.yml', code: 'binary' }), expect.objectContaining({ path: 'huge.yml', code: 'too-large' })]),
    );
  });
  // Unreadable directories: __tests__/core/checks/core/file-unreadable.test.ts (needs an unprivileged user).
});
