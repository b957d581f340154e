// @ts-check
// Facts about the machine and the code under test, printed with every benchmark result.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function machineFacts(root) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined; // not a git checkout (e.g. an unpacked tarball)
    }
  };
  const pkg = (p) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')).version;
  const cpus = os.cpus();
  return {
    node: process.versions.node,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    memoryGb: (os.totalmem() / 2 ** 30).toFixed(1),
    commit: git('rev-parse', '--short', 'HEAD') ?? 'unknown',
    dirty: (git('--no-optional-locks', 'status', '--porcelain', '--untracked-files=no') ?? '') !== '',
    stackgateVersion: pkg('package.json'),
    dclintVersion: fs.existsSync(path.join(root, 'node_modules/dclint/package.json')) ? pkg('node_modules/dclint/package.json') : 'not installed',
  };
}
