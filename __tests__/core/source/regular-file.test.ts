/**
 * Files named by the repository are read only when they are regular files inside it, up to a cap:
 * the links and special files an attacker can commit are refused with a reason.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegularFile, writeRegularFile } from '../../../src/core/source/regular-file';
import { tempRepo, type TempRepo } from '../../helpers/temp-repo';

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo({ 'ok.yml': 'a: 1\n', 'sub/inner.yml': 'b: 2\n' });
});
afterEach(() => repo.cleanup());

const link = (target: string, name: string): void => fs.symlinkSync(target, path.join(repo.root, name));

test('a regular file, also through a link that stays inside', () => {
  link('sub/inner.yml', 'alias.yml');
  expect(readRegularFile(repo.root, 'ok.yml', { maxBytes: 100 })).toEqual({ ok: true, text: 'a: 1\n' });
  expect(readRegularFile(repo.root, 'alias.yml', { maxBytes: 100 })).toEqual({ ok: true, text: 'b: 2\n' });
});

test.each([
  ['/proc/self/environ', 'outside'],
  ['/dev/zero', 'outside'],
  ['../../../../../../etc/hostname', 'outside'],
])('a link to %s is refused (%s)', (target, problem) => {
  link(target, 'evil.yml');
  expect(readRegularFile(repo.root, 'evil.yml', { maxBytes: 1024 })).toMatchObject({ ok: false, problem });
});

test('a path leading out of the repository is refused', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
  fs.writeFileSync(path.join(outside, 'x.yml'), 'secret: 1\n');
  try {
    const rel = path.relative(repo.root, path.join(outside, 'x.yml'));
    expect(readRegularFile(repo.root, rel, { maxBytes: 1024 })).toMatchObject({ ok: false, problem: 'outside' });
    // Unless the caller allows it (a file the user named on the command line).
    expect(readRegularFile(repo.root, rel, { maxBytes: 1024, allowOutside: true })).toEqual({ ok: true, text: 'secret: 1\n' });
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

test('a FIFO, a device and a directory inside the repository are not regular files (and the FIFO does not hang)', () => {
  execFileSync('mkfifo', [path.join(repo.root, 'pipe.yml')]);
  fs.mkdirSync(path.join(repo.root, 'dir.yml'));
  expect(readRegularFile(repo.root, 'pipe.yml', { maxBytes: 1024 })).toMatchObject({
    ok: false,
    problem: 'not-regular',
    message: expect.stringContaining('a FIFO'),
  });
  expect(readRegularFile(repo.root, 'dir.yml', { maxBytes: 1024 })).toMatchObject({
    ok: false,
    problem: 'not-regular',
    message: expect.stringContaining('a directory'),
  });
  expect(readRegularFile('/dev', 'zero', { maxBytes: 1024 })).toMatchObject({
    ok: false,
    problem: 'not-regular',
    message: expect.stringContaining('a character device'),
  });
});

test('over the cap, and missing', () => {
  repo.write('big.yml', 'x'.repeat(2048));
  expect(readRegularFile(repo.root, 'big.yml', { maxBytes: 1024 })).toMatchObject({ ok: false, problem: 'too-large' });
  expect(readRegularFile(repo.root, 'nope.yml', { maxBytes: 1024 })).toMatchObject({ ok: false, problem: 'missing' });
});

describe('writeRegularFile', () => {
  test('writes inside the repository, creating its directory', () => {
    expect(writeRegularFile(repo.root, 'out/new.json', '{}\n')).toEqual({ ok: true });
    expect(fs.readFileSync(path.join(repo.root, 'out/new.json'), 'utf8')).toBe('{}\n');
  });

  test('never through a link (to a file inside or outside) nor into a linked directory out of the repository', () => {
    link('ok.yml', 'alias.json');
    expect(writeRegularFile(repo.root, 'alias.json', 'x')).toEqual({ ok: false, message: 'it is a symbolic link; not written through' });
    expect(fs.readFileSync(path.join(repo.root, 'ok.yml'), 'utf8')).toBe('a: 1\n');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
    try {
      link(outside, 'linked');
      expect(writeRegularFile(repo.root, 'linked/x.json', 'x')).toMatchObject({ ok: false, message: expect.stringContaining('outside the repository') });
      expect(fs.readdirSync(outside)).toEqual([]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a FIFO in its place is not written to (and nothing waits for a reader)', () => {
    execFileSync('mkfifo', [path.join(repo.root, 'pipe.json')]);
    expect(writeRegularFile(repo.root, 'pipe.json', 'x')).toMatchObject({ ok: false });
  });
});
